import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('AdminUnit', {
  description: 'A province, or a commune / ward / special zone (xã, phường, đặc khu); districts only before 1 July 2025.',
})
export class AdminUnitModel {
  /** Internal id, used to resolve relations; not exposed (codes are the public identity). */
  id!: number;

  @Field({ description: 'Official code: 2 digits for a province, 5 for a commune.' })
  code!: string;

  @Field()
  name!: string;

  @Field({ description: 'Official type, e.g. "Phường", "Xã", "Đặc khu", "Tỉnh".' })
  type!: string;

  @Field(() => Int, { description: '1 province, 2 district (before 1 July 2025 only), 3 commune.' })
  level!: number;

  @Field({ description: 'False for units that no longer exist since a reorganisation.' })
  current!: boolean;

  @Field(() => String, { nullable: true })
  validTo!: string | null;

  parentId!: number | null;
}
