// How a site's TypeScript uses the module: compiled with `tsc --strict` against the built
// amnesty.d.ts by scripts/build-module.sh and tests/e2e/module.test.mjs. The `@ts-expect-error`
// lines must fail to compile, so the types cannot silently become `any`.
import init, { decide, explain, version } from "./amnesty.js";
import type { CaseFile, Decided, Decision, Explanation, InputError, Lang, StepDetail } from "./amnesty.js";

await init();

const file: CaseFile = {
  as_of: "2023-03-01",
  stage: "serving",
  offences: [{ article: "269-1", part: 2, committed_on: "05.01.2022", context: "riots", exclusions: [] }],
  sentence: { punishment: "imprisonment", years: 8, start: "2022-01-06" },
};

const result: Decided = decide(file);
const lang: Lang = "ru";
if (result.ok) {
  const decision: Decision = result.decision;
  const words: Explanation = explain(decision, lang);
  const answer: string = words.plain_answer;
  const release: string | null = decision.release_on;
  for (const step of decision.steps) {
    if (step.kind === "term_cut") {
      const kept: number = step.new.years;
      console.log(kept, step.cut.numerator, step.provision);
    }
  }
  const cut: StepDetail["kind"] = "term_cut";
  console.log(answer, release, cut, words.steps.map((s) => `${s.cite}: ${s.text} [${s.status_label}]`));
  console.log(explain(JSON.stringify(decision), "kk").text);
} else {
  const messages: string[] = result.errors.map((e: InputError) => e.message[lang]);
  for (const e of result.errors) {
    if (e.problem === "no_such_part") {
      const parts: number = e.parts;
      console.log(e.field, parts);
    }
  }
  console.log(messages);
}
console.log(decide("{\"stage\": \"trial\"}").ok, version().module_version);

// @ts-expect-error: "prison" is not a stage
decide({ stage: "prison", offences: [] });
// @ts-expect-error: a field the case-file format does not have
decide({ stage: "trial", offences: [], verdict: "guilty" });
if (result.ok) {
  // @ts-expect-error: not a language of the calculator
  explain(result.decision, "de");
  // @ts-expect-error: outcomes are names, not numbers
  const wrong: number = result.decision.outcome;
  console.log(wrong);
}
