import { measureValidation } from './measure-validation.ts';

// Entry bundled by `measureValidationBuilt` and run by plain node: prints one JSON line.
console.log(JSON.stringify(measureValidation()));
