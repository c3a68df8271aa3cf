import { runAggregateContract } from '../aggregate.contract.ts';
import { runLibraryContract } from '../library.contract.ts';
import { runPackContract } from '../pack.contract.ts';
import { runReviewContract } from '../review.contract.ts';
import { runTaskContract } from '../task.contract.ts';
import { openPostgres } from './test-database.ts';

// The contract suites of review and trust, packs, templates and blocks, aggregates, tasks,
// master data and notices, on a fresh PostgreSQL database per test (SQLite runs the same ones).
const open = () => openPostgres();

runReviewContract('postgres', open);
runPackContract('postgres', open);
runLibraryContract('postgres', open);
runAggregateContract('postgres', open);
runTaskContract('postgres', open);
