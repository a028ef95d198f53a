// What each twin fault must break, and why. `test` is a fragment of the test id (`project › file › describe ›
// title`), `because` a fragment of the failure message that proves the check failed for this fault's reason and not
// by accident. `projects`: the projects a fault can affect (their setup dependencies run too).
export interface FaultCase {
  fault: string;
  projects: string[];
  mustFail: Array<{ test: string; because: string }>;
}

export const faultCases: FaultCase[] = [];
