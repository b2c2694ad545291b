import { subject as asSubject } from '@casl/ability';
import type { Action, AppAbility, PolicyRecord, SubjectType } from '@alliance/contracts';
import { Brackets, type ObjectLiteral, type SelectQueryBuilder, type WhereExpressionBuilder } from 'typeorm';
import { notFound } from '../errors/app-error';

type Conditions = Record<string, unknown>;

/**
 * Turns the ability's conditions for (action, subject) into SQL on `alias`, so a query never
 * loads rows the user may not see. Only plain equality conditions on columns are supported,
 * which is all the policy uses.
 */
export function scopeQuery<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  ability: AppAbility,
  action: Action,
  subjectType: Exclude<SubjectType, 'all'>,
  alias = qb.alias,
): SelectQueryBuilder<T> {
  const rules = ability.rulesFor(action, subjectType);
  if (rules.some((rule) => rule.inverted)) throw new Error('Inverted rules are not supported by scopeQuery');
  if (rules.length === 0) return qb.andWhere('1 = 0');
  const alternatives = rules.map((rule) => (rule.conditions ?? {}) as Conditions);
  if (alternatives.some((c) => Object.keys(c).length === 0)) return qb;
  let n = 0;
  return qb.andWhere(
    new Brackets((outer: WhereExpressionBuilder) => {
      for (const conditions of alternatives) {
        outer.orWhere(
          new Brackets((inner: WhereExpressionBuilder) => {
            for (const [field, value] of Object.entries(conditions)) {
              const param = `scope_${n++}`;
              inner.andWhere(`${alias}.${field} = :${param}`, { [param]: value });
            }
          }),
        );
      }
    }),
  );
}

/** A record the user may not act on answers 404, exactly like one that does not exist. */
export function assertCan(
  ability: AppAbility,
  action: Action,
  subjectType: Exclude<SubjectType, 'all'>,
  record: PolicyRecord,
  what: string,
): void {
  if (!ability.can(action, asSubject(subjectType, { ...record }))) throw notFound(what);
}
