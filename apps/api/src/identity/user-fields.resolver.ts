import { Extensions, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { AdminUnitModel } from '../org/models/admin-unit.model.js';
import { AdminUnitsService } from '../org/admin-units.service.js';
import { RoleGrantModel } from './models/role-grant.model.js';
import { UserModel } from './models/user.model.js';
import { ViewerLoaderService } from './viewer-loader.service.js';

/** Fields of a User; whoever can read the user (UsersService.get) can read these. */
@Resolver(() => UserModel)
export class UserFieldsResolver {
  constructor(
    private readonly units: AdminUnitsService,
    private readonly viewers: ViewerLoaderService,
  ) {}

  @ResolveField(() => AdminUnitModel, { nullable: true, description: 'The commune / ward the person lives in.' })
  commune(@Parent() user: UserModel): Promise<AdminUnitModel | null> {
    return user.communeId ? this.units.findById(user.communeId) : Promise.resolve(null);
  }

  @ResolveField(() => [String], { description: 'CITIZEN, TEAM_MEMBER, TEAM_LEADER, TRAINER, PROVINCE_ADMIN, NATIONAL_ADMIN.' })
  async roles(@Parent() user: UserModel): Promise<string[]> {
    return (await this.viewers.load(user.id))?.roles ?? ['CITIZEN'];
  }

  @Extensions({ listSize: 5 })
  @ResolveField(() => [RoleGrantModel], { description: 'Only for the person, their leader and admins in scope (else empty).' })
  async grants(@Parent() user: UserModel): Promise<RoleGrantModel[]> {
    return ((await this.viewers.load(user.id))?.grants ?? []).map((g) => ({ role: g.role, scopeCode: g.scopeCode }));
  }
}
