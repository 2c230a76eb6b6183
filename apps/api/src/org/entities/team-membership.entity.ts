import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '../../identity/entities/user.entity.js';
import { Team } from './team.entity.js';

export type TeamRole = 'member' | 'leader';

/** Who was in which team, and when: a move ends one membership and starts another, so history is kept. */
@Entity('team_memberships')
@Index('uq_team_memberships_current', { synchronize: false })
@Index('ix_team_memberships_team', { synchronize: false })
@Index('ix_team_memberships_user_joined', { synchronize: false }) // reports: team at a moment (migration 1764930000000)
@Check('team_memberships_role_check', "role IN ('member', 'leader')")
export class TeamMembership {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'team_id', type: 'uuid' })
  teamId!: string;

  @ManyToOne(() => Team)
  @JoinColumn({ name: 'team_id', foreignKeyConstraintName: 'team_memberships_team_id_fkey' })
  team?: Team;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'team_memberships_user_id_fkey' })
  user?: User;

  @Column({ type: 'text' })
  role!: TeamRole;

  @Column({ name: 'added_by', type: 'uuid', nullable: true })
  addedBy!: string | null;

  @ManyToOne(() => User)
  @JoinColumn({ name: 'added_by', foreignKeyConstraintName: 'team_memberships_added_by_fkey' })
  adder?: User | null;

  @Column({ name: 'joined_at', type: 'timestamptz', default: () => 'now()' })
  joinedAt!: Date;

  @Column({ name: 'left_at', type: 'timestamptz', nullable: true })
  leftAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
