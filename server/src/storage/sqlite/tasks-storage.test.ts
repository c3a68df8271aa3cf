import { runAggregateContract } from '../aggregate.contract.ts';
import { runTaskContract } from '../task.contract.ts';
import { openSqlite } from './test-storage.ts';

runAggregateContract('sqlite', openSqlite);
runTaskContract('sqlite', openSqlite);
