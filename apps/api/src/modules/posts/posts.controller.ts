import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { CurrentUser, OptionalUser } from '../../common/auth/current-user.decorator';
import { uuidParam as uuid } from '../../common/http/uuid-param';
import { Authenticated, Policy, Public } from '../../common/policy/policy.decorator';
import { CreatePostDto, ListPostsQueryDto, PostPage, PostResponse, PreviewDto, PreviewResponse, UpdatePostDto } from './dto/post.dto';
import { PostsService } from './posts.service';

@ApiTags('posts')
@Controller('posts')
export class PostsController {
  constructor(private readonly posts: PostsService) {}

  @Get()
  @Public()
  @ApiOkResponse({ type: PostPage, description: 'Pinned first, newest first; continue with nextCursor' })
  list(@OptionalUser() viewer: AuthenticatedUser | null, @Query() query: ListPostsQueryDto) {
    return this.posts.list(viewer, query);
  }

  @Post('preview')
  @Authenticated()
  @HttpCode(200)
  @ApiOkResponse({ type: PreviewResponse })
  preview(@Body() dto: PreviewDto) {
    return this.posts.preview(dto.markdown);
  }

  @Get(':id')
  @Public()
  @ApiOkResponse({ type: PostResponse })
  get(@OptionalUser() viewer: AuthenticatedUser | null, @Param('id', uuid) id: string) {
    return this.posts.get(viewer, id);
  }

  @Post()
  @Policy('create', 'Post')
  @ApiCreatedResponse({ type: PostResponse, description: 'A draft' })
  create(@CurrentUser() user: AuthenticatedUser, @Body() dto: CreatePostDto) {
    return this.posts.create(user, dto);
  }

  @Patch(':id')
  @Policy('update', 'Post')
  @ApiOkResponse({ type: PostResponse })
  update(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string, @Body() dto: UpdatePostDto) {
    return this.posts.update(user, id, dto);
  }

  @Post(':id/publish')
  @Policy('publish', 'Post')
  @HttpCode(200)
  @ApiOkResponse({ type: PostResponse })
  publish(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string) {
    return this.posts.transition(user, id, 'publish');
  }

  @Post(':id/archive')
  @Policy('archive', 'Post')
  @HttpCode(200)
  @ApiOkResponse({ type: PostResponse })
  archive(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string) {
    return this.posts.transition(user, id, 'archive');
  }

  @Post(':id/pin')
  @Policy('pin', 'Post')
  @HttpCode(200)
  @ApiOkResponse({ type: PostResponse })
  pin(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string) {
    return this.posts.setPinned(user, id, true);
  }

  @Post(':id/unpin')
  @Policy('pin', 'Post')
  @HttpCode(200)
  @ApiOkResponse({ type: PostResponse })
  unpin(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string) {
    return this.posts.setPinned(user, id, false);
  }
}
