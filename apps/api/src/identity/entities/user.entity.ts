import { Check, Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import { AdminUnit } from '../../org/entities/admin-unit.entity.js';

export type UserStatus = 'active' | 'pending';

/** Anyone with an account. `pending`: added by a province admin, no password yet; claimed at sign-up. */
@Entity('users')
@Unique('uq_users_phone', ['phone'])
@Check('users_status_check', "status IN ('active', 'pending')")
export class User {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** E.164, e.g. +84912345678 (see normalizePhone). */
  @Column({ type: 'text' })
  phone!: string;

  @Column({ name: 'password_hash', type: 'text', nullable: true })
  passwordHash!: string | null;

  @Column({ name: 'full_name', type: 'text' })
  fullName!: string;

  @Column({ name: 'commune_id', type: 'int', nullable: true })
  communeId!: number | null;

  @ManyToOne(() => AdminUnit)
  @JoinColumn({ name: 'commune_id', foreignKeyConstraintName: 'users_commune_id_fkey' })
  commune?: AdminUnit | null;

  @Column({ type: 'text' })
  status!: UserStatus;

  @Column({ name: 'last_sign_in_at', type: 'timestamptz', nullable: true })
  lastSignInAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
