import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AdminUnit } from '../../org/entities/admin-unit.entity.js';
import { User } from './user.entity.js';

/** Roles given by grant; team member and team leader come from team memberships instead. */
export type GrantedRole = 'TRAINER' | 'PROVINCE_ADMIN' | 'NATIONAL_ADMIN';

@Entity('role_grants')
@Index('uq_role_grants_active', { synchronize: false })
@Check('role_grants_role_check', "role IN ('TRAINER', 'PROVINCE_ADMIN', 'NATIONAL_ADMIN')")
export class RoleGrant {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'role_grants_user_id_fkey' })
  user?: User;

  @Column({ type: 'text' })
  role!: GrantedRole;

  /** The province a province admin or a trainer works for; null for national scope. */
  @Column({ name: 'scope_unit_id', type: 'int', nullable: true })
  scopeUnitId!: number | null;

  @ManyToOne(() => AdminUnit)
  @JoinColumn({ name: 'scope_unit_id', foreignKeyConstraintName: 'role_grants_scope_unit_id_fkey' })
  scopeUnit?: AdminUnit | null;

  @Column({ name: 'granted_by', type: 'uuid', nullable: true })
  grantedBy!: string | null;

  @ManyToOne(() => User)
  @JoinColumn({ name: 'granted_by', foreignKeyConstraintName: 'role_grants_granted_by_fkey' })
  granter?: User | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
