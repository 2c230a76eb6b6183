import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** Which version of the bundled unit data is loaded, so start-up loads it once. */
@Entity('admin_unit_datasets')
export class AdminUnitDataset {
  @PrimaryColumn({ type: 'text' })
  name!: string;

  @Column({ name: 'content_hash', type: 'text' })
  contentHash!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
