import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { Post } from '../posts/entities/post.entity';
import { visiblePosts } from '../posts/visible-posts';

/** The SQL of attachments: whether the record a file is attached to is one the reader may see. */
@Injectable()
export class AttachmentsQueries {
  constructor(private readonly dataSource: DataSource) {}

  /** Whether the viewer may read the post (the posts module's rule of who reads what). */
  async postVisible(viewer: AuthenticatedUser | null, postId: string): Promise<boolean> {
    const qb = this.dataSource
      .getRepository(Post)
      .createQueryBuilder('p')
      .innerJoin('p.organization', 'o')
      .where('p.id = :id', { id: postId });
    return (await visiblePosts(qb, viewer).getCount()) > 0;
  }
}
