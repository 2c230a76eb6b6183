import { AppSecret } from './app-secret.entity.js';
import { RoleGrant } from './role-grant.entity.js';
import { Session } from './session.entity.js';
import { User } from './user.entity.js';

export { AppSecret, RoleGrant, Session, User };
export const identityEntities = [User, Session, RoleGrant, AppSecret];
