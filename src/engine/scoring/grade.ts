import Decimal from "decimal.js";
import { Money } from "../decimal";

/** Evaluation grade (domain §6): 优 ≥ 90, 良 80–90, 中 60–80, 差 < 60; a boundary belongs to the higher grade. */
export type Grade = "优" | "良" | "中" | "差";

export const GRADE_FLOORS: [Grade, number][] = [
  ["优", 90],
  ["良", 80],
  ["中", 60],
  ["差", 0],
];

export function gradeOf(score: Decimal.Value): Grade {
  const s = new Money(score);
  for (const [grade, floor] of GRADE_FLOORS) if (s.gte(floor)) return grade;
  return "差";
}
