export type { ConditionGroup, ConditionOp, ConditionRow, ConditionValue } from './condition.ts';
export { OPERATOR_LABELS, operatorsFor, takesNoValue } from './condition.ts';
export { conditionToExpression, literalText } from './condition-to-expression.ts';
export { expressionToCondition } from './expression-to-condition.ts';
export type { ComputedRecipe, RecipeKind } from './computed-recipe.ts';
export { expressionToRecipe, recipeToExpression } from './computed-recipe.ts';
