import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '../graphql/graphql-options.js';
import { AuthService } from './auth.service.js';
import { CurrentViewer, Public } from './decorators.js';
import { ChangePasswordInput } from './dto/change-password.input.js';
import { SignInInput } from './dto/sign-in.input.js';
import { SignUpInput } from './dto/sign-up.input.js';
import { AuthPayloadModel } from './models/auth-payload.model.js';
import { UserModel } from './models/user.model.js';
import { UsersService } from './users.service.js';
import type { Viewer } from './viewer.js';

@Resolver()
export class IdentityResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersService,
  ) {}

  @Public()
  @Mutation(() => AuthPayloadModel, { description: 'Creates an account (or claims one a province admin created for this phone).' })
  signUp(@Args('input') input: SignUpInput, @Context() ctx: GraphQLContext): Promise<AuthPayloadModel> {
    return this.auth.signUp(input, ctx);
  }

  @Public()
  @Mutation(() => AuthPayloadModel)
  signIn(@Args('input') input: SignInInput, @Context() ctx: GraphQLContext): Promise<AuthPayloadModel> {
    return this.auth.signIn(input, ctx);
  }

  @Public()
  @Mutation(() => AuthPayloadModel, { description: 'New access token from the refresh cookie (which is rotated).' })
  refreshSession(@Context() ctx: GraphQLContext): Promise<AuthPayloadModel> {
    return this.auth.refresh(ctx);
  }

  @Public()
  @Mutation(() => Boolean)
  signOut(@Context() ctx: GraphQLContext): Promise<boolean> {
    return this.auth.signOut(ctx);
  }

  @Mutation(() => AuthPayloadModel, { description: 'Changes the password and signs out every other device.' })
  changePassword(
    @Args('input') input: ChangePasswordInput,
    @CurrentViewer() viewer: Viewer,
    @Context() ctx: GraphQLContext,
  ): Promise<AuthPayloadModel> {
    return this.auth.changePassword(viewer.userId, input, ctx);
  }

  @Query(() => UserModel, { description: 'The signed-in person.' })
  me(@CurrentViewer() viewer: Viewer): Promise<UserModel> {
    return this.users.get(viewer, viewer.userId);
  }

  @Query(() => UserModel, {
    description: "Oneself; a person of one's team (leaders); of one's province (province admins); anyone (national admins).",
  })
  user(@Args('id') id: string, @CurrentViewer() viewer: Viewer): Promise<UserModel> {
    return this.users.get(viewer, id);
  }
}
