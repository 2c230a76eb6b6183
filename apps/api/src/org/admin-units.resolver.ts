import { Args, Extensions, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Public } from '../identity/decorators.js';
import { AdminUnitsService, type AdminUnitWithPath } from './admin-units.service.js';
import { AdminUnitModel } from './models/admin-unit.model.js';

/** Administrative units are public reference data (the sign-up form needs them before anyone signs in). */
@Public()
@Resolver(() => AdminUnitModel)
export class AdminUnitsResolver {
  constructor(private readonly units: AdminUnitsService) {}

  @Extensions({ listSize: 34 })
  @Query(() => [AdminUnitModel], { description: 'The 34 current provinces and centrally-run cities.' })
  provinces(): Promise<AdminUnitModel[]> {
    return this.units.provinces();
  }

  @Query(() => AdminUnitModel, { nullable: true, description: 'A current unit by its official code.' })
  adminUnit(@Args('code') code: string): Promise<AdminUnitModel | null> {
    return this.units.findCurrent(code);
  }

  @Query(() => [AdminUnitModel], { description: 'Current units by name, ignoring diacritics and case.' })
  searchAdminUnits(
    @Args('text') text: string,
    @Args('provinceCode', { type: () => String, nullable: true }) provinceCode: string | null,
    @Args('limit', { type: () => Int, defaultValue: 20 }) limit: number,
  ): Promise<AdminUnitModel[]> {
    return this.units.search(text, provinceCode ?? null, Math.min(Math.max(limit, 1), 100));
  }

  // Expected sizes for the query-cost limit (query-limits.ts): a province has up to ~170 communes.
  @Extensions({ listSize: 200 })
  @ResolveField(() => [AdminUnitModel])
  children(@Parent() unit: AdminUnitWithPath): Promise<AdminUnitModel[]> {
    return this.units.children(unit.id);
  }

  @Extensions({ listSize: 20 })
  @ResolveField(() => [AdminUnitModel], { description: 'Units that became this one on a reorganisation (old communes of a new ward).' })
  predecessors(@Parent() unit: AdminUnitWithPath): Promise<AdminUnitModel[]> {
    return this.units.predecessors(unit.id);
  }

  @ResolveField(() => AdminUnitModel, { nullable: true })
  province(@Parent() unit: AdminUnitWithPath): Promise<AdminUnitModel | null> {
    return this.units.provinceOf(unit);
  }
}
