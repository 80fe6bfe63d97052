/**
 * 绩效自评表 scoring (domain §6), shared by the custom functions and the 自评表 checks.
 * Every function is pure and returns an Outcome (value or a typed error with zh/en messages).
 */
export { parseIndicatorValue, directionOf } from "./indicator-value";
export type { Comparator, Direction, IndicatorReading, IndicatorValue } from "./indicator-value";
export { readQuantitative, scoreParts, scoreQuantitative } from "./quantitative";
export type { QuantitativeParts, QuantitativeScore } from "./quantitative";
export { TIERS, parseTier, tierOfRatio, tierScoreRange, scoreQualitative } from "./qualitative";
export type { Tier, TierBounds, QualitativeScore } from "./qualitative";
export { scoreBudget, DEFAULT_BUDGET_WEIGHT } from "./budget";
export type { BudgetScore } from "./budget";
export { gradeOf, GRADE_FLOORS } from "./grade";
export type { Grade } from "./grade";
export type { Outcome, CalcError, CalcErrorCode } from "../calc/outcome";
