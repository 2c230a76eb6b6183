import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';

export enum AdminLevel {
  Province = 1,
  /** Only before 1 July 2025: districts no longer exist. */
  District = 2,
  Commune = 3,
}

/** A province, (former) district or commune / ward / special zone, valid from one date until the next reorganisation. */
@Entity('admin_units')
@Unique('uq_admin_units_code_level_from', ['code', 'level', 'validFrom'])
@Index('ix_admin_units_path', { synchronize: false })
@Index('uq_admin_units_current_code', { synchronize: false })
@Index('ix_admin_units_search', { synchronize: false })
@Index('ix_admin_units_parent', ['parentId'])
@Check('admin_units_level_check', 'level IN (1, 2, 3)')
export class AdminUnit {
  @PrimaryGeneratedColumn()
  id!: number;

  /** Official code (GSO): 2 digits for provinces, 3 for districts, 5 for communes. Reused across reorganisations. */
  @Column({ type: 'text' })
  code!: string;

  @Column({ type: 'text' })
  name!: string;

  /** Official type, e.g. "Phường", "Xã", "Đặc khu", "Tỉnh", "Thành phố trực thuộc trung ương". */
  @Column({ type: 'text' })
  type!: string;

  @Column({ type: 'smallint' })
  level!: AdminLevel;

  @Column({ name: 'parent_id', type: 'int', nullable: true })
  parentId!: number | null;

  @ManyToOne(() => AdminUnit, { nullable: true })
  @JoinColumn({ name: 'parent_id', foreignKeyConstraintName: 'admin_units_parent_id_fkey' })
  parent?: AdminUnit | null;

  /** ltree path, e.g. `u2025.p01.c00004`; `path <@ 'u2025.p01'` is everything in Hà Nội. */
  @Column({ type: 'ltree' as never })
  path!: string;

  /** Name folded for search: no diacritics, lower case (see foldVietnamese). */
  @Column({ name: 'search_name', type: 'text' })
  searchName!: string;

  @Column({ name: 'valid_from', type: 'date' })
  validFrom!: string;

  /** Null while the unit exists; the day it was reorganised away otherwise. */
  @Column({ name: 'valid_to', type: 'date', nullable: true })
  validTo!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
