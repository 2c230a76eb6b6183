import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '../graphql/graphql-options.js';
import { CurrentViewer, Public } from './decorators.js';
import { CreatePasswordResetCodeInput, ResetPasswordWithCodeInput } from './dto/password-reset.inputs.js';
import { PasswordResetCodeModel } from './models/password-reset-code.model.js';
import { PasswordResetService } from './password-reset.service.js';
import type { Viewer } from './viewer.js';

@Resolver()
export class PasswordResetResolver {
  constructor(private readonly resets: PasswordResetService) {}

  @Mutation(() => PasswordResetCodeModel, {
    description: 'A one-time code for someone who forgot their password: their team leader, or an admin of their province.',
  })
  createPasswordResetCode(
    @Args('input') input: CreatePasswordResetCodeInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<PasswordResetCodeModel> {
    return this.resets.createCode(viewer, input);
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Sets a new password with a one-time code; every session of the person ends. Then sign in.' })
  resetPasswordWithCode(@Args('input') input: ResetPasswordWithCodeInput, @Context() ctx: GraphQLContext): Promise<boolean> {
    return this.resets.resetWithCode(input, ctx);
  }
}
