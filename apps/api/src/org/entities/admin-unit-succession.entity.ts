import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { AdminUnit } from './admin-unit.entity.js';

/** An old unit that went (wholly, or in part when split) into a new one on a reorganisation date. */
@Entity('admin_unit_successions')
@Index('ix_admin_unit_successions_successor', ['successorId'])
export class AdminUnitSuccession {
  @PrimaryColumn({ name: 'predecessor_id', type: 'int' })
  predecessorId!: number;

  @PrimaryColumn({ name: 'successor_id', type: 'int' })
  successorId!: number;

  @ManyToOne(() => AdminUnit)
  @JoinColumn({ name: 'predecessor_id', foreignKeyConstraintName: 'admin_unit_successions_predecessor_id_fkey' })
  predecessor?: AdminUnit;

  @ManyToOne(() => AdminUnit)
  @JoinColumn({ name: 'successor_id', foreignKeyConstraintName: 'admin_unit_successions_successor_id_fkey' })
  successor?: AdminUnit;

  @Column({ name: 'effective_date', type: 'date' })
  effectiveDate!: string;

  /** False when the old unit was split between several new ones. */
  @Column({ type: 'boolean' })
  whole!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
