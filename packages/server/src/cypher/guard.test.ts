import { describe, expect, it } from 'vitest';
import { checkPlan, checkQueryText, type PlanNode } from './guard.ts';

const limits = {
  maxQueryChars: 1000,
  maxParams: 3,
  maxParamDepth: 4,
  maxParamValues: 100,
  maxRangeSize: 1000,
};
const node = (operatorType: string, Details = '', children: PlanNode[] = []): PlanNode => ({
  operatorType,
  arguments: { Details },
  children,
});

describe('checkQueryText', () => {
  it.each([
    ['USE system MATCH (n) RETURN n', /USE/],
    ['MATCH (n) RETURN n UNION ALL use other MATCH (m) RETURN m', /USE/],
    ['CALL `apoc`.`load`.json("x")', /apoc/],
    ['RETURN APOC.text.join(["a"], ",")', /APOC/],
    ['CALL dbms.listConfig()', /dbms/],
    ['CALL db.createLabel("X")', /allow-list/],
    ['CALL \\u0064bms.components()', /dbms/],
  ])('refuses %s', (query, reason) => {
    expect(() => checkQueryText(query, {}, limits)).toThrow(reason);
  });

  it.each([
    "MATCH (n) WHERE n.name = 'USE system; CALL apoc.load.json(1)' RETURN n",
    'MATCH (use:Person) RETURN use.name // CALL dbms.components()',
    'MATCH (n) /* apoc.load.json( */ RETURN n',
    'CALL db.labels() YIELD label RETURN label',
    'RETURN point.distance(point({x: 1, y: 1}), point({x: 2, y: 2})) AS d',
  ])('lets %s through', (query) => {
    expect(() => checkQueryText(query, {}, limits)).not.toThrow();
  });

  it('bounds size and parameter count', () => {
    expect(() => checkQueryText('x'.repeat(1001), {}, limits)).toThrow(/1000/);
    expect(() => checkQueryText('RETURN 1', { a: 1, b: 2, c: 3, d: 4 }, limits)).toThrow(/parameters/);
  });
});

describe('checkPlan', () => {
  it('accepts a plan of read operators on the session database', () => {
    const plan = node('ProduceResults@neo4j', 'n', [
      node('Limit@neo4j', '3', [node('AllNodesScan@neo4j', 'n')]),
    ]);
    expect(() => checkPlan('r', plan, 'neo4j')).not.toThrow();
  });

  it('refuses write query types, unknown operators, other databases and off-list procedures', () => {
    expect(() => checkPlan('rw', node('Create@neo4j'), 'neo4j')).toThrow(/write/);
    expect(() =>
      checkPlan('r', node('ProduceResults@neo4j', '', [node('LoadCSV@neo4j', 'l')]), 'neo4j'),
    ).toThrow(/LOAD CSV/);
    expect(() => checkPlan('r', node('SomeFutureOperator@neo4j'), 'neo4j')).toThrow(/allow-list/);
    expect(() => checkPlan('r', node('AllNodesScan@system'), 'neo4j')).toThrow(/system/);
    expect(() => checkPlan('r', node('ProcedureCall@neo4j', 'db.createLabel($x) :: ()'), 'neo4j')).toThrow(
      /db.createLabel/,
    );
    expect(() => checkPlan('r', node('Projection@neo4j', 'apoc.cypher.run($q) AS x'), 'neo4j')).toThrow(
      /apoc/,
    );
  });

  it('reads function names past string literals in operator details', () => {
    expect(() => checkPlan('r', node('Filter@neo4j', "n.name = 'apoc.x(1)'"), 'neo4j')).not.toThrow();
  });
});
