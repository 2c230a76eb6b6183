import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { User } from '../../identity/entities/user.entity.js';
import { AdminUnit } from './admin-unit.entity.js';

/** A community digital technology team (tổ công nghệ số cộng đồng) of a commune, usually 4–10 people. */
@Entity('teams')
@Index('ix_teams_commune', ['communeId'])
export class Team {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'commune_id', type: 'int' })
  communeId!: number;

  @ManyToOne(() => AdminUnit)
  @JoinColumn({ name: 'commune_id', foreignKeyConstraintName: 'teams_commune_id_fkey' })
  commune?: AdminUnit;

  @Column({ type: 'text' })
  name!: string;

  /** Village or residential group (thôn / tổ dân phố), when the team serves one. */
  @Column({ type: 'text', nullable: true })
  village!: string | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @ManyToOne(() => User)
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'teams_created_by_fkey' })
  creator?: User | null;

  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
