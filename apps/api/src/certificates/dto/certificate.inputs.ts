import { Field, InputType } from '@nestjs/graphql';

@InputType()
export class RevokeCertificateInput {
  @Field() serial!: string;
  @Field({ description: 'Why (5–500 characters); shown to anyone who verifies the certificate.' }) reason!: string;
}

@InputType()
export class ReissueCertificateInput {
  @Field() serial!: string;
  @Field({ description: 'The corrected full name; the old certificate becomes REPLACED and points to the new one.' })
  fullName!: string;
}
