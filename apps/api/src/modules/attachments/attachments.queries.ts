import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { Post } from '../posts/entities/post.entity';
import { visiblePosts } from '../posts/visible-posts';

/** The SQL of attachments: whether the record a file is attached to is one the reader may see; removing orphaned uploads. */
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

  /**
   * Deletes up to `limit` uploads never attached to a record and older than `hours` (rows an
   * attach holds are skipped, and taken by it). Each deleted row comes back with its storage key
   * and whether any remaining row names that key (the statement sees the table as before its
   * delete: the deleted rows are left out by hand).
   */
  async deleteOrphans(hours: number, limit: number): Promise<{ id: string; key: string; shared: boolean }[]> {
    return (await this.dataSource.query(
      `WITH gone AS (
         DELETE FROM attachments WHERE id IN (
           SELECT id FROM attachments
           WHERE record_id IS NULL AND attached_at IS NULL AND created_at < now() - make_interval(hours => $1)
           ORDER BY created_at
           LIMIT $2
           FOR UPDATE SKIP LOCKED)
         RETURNING id, storage_key)
       SELECT g.id, g.storage_key AS key, EXISTS (
         SELECT 1 FROM attachments a WHERE a.storage_key = g.storage_key AND a.id NOT IN (SELECT id FROM gone)
       ) AS shared
       FROM gone g`,
      [hours, limit],
    )) as { id: string; key: string; shared: boolean }[];
  }
}
