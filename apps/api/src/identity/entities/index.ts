import { AppSecret } from './app-secret.entity.js';
import { PasswordResetCode } from './password-reset-code.entity.js';
import { RoleGrant } from './role-grant.entity.js';
import { Session } from './session.entity.js';
import { User } from './user.entity.js';

export { AppSecret, PasswordResetCode, RoleGrant, Session, User };
export const identityEntities = [User, Session, RoleGrant, AppSecret, PasswordResetCode];
