import { Field, ObjectType } from '@nestjs/graphql';

/** A text in Vietnamese, with English where the content has it; the web picks by the reader's language. */
@ObjectType()
export class LocalizedText {
  @Field()
  vi!: string;

  @Field(() => String, { nullable: true })
  en?: string | null;
}
