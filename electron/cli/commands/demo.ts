import { DEMO_AS_OF, DEMO_PEOPLE, DEMO_SEED, generateDemoPlan, MAX_DEMO_PEOPLE } from '../../../shared/domain/demo';
import { IsoDate } from '../../../shared/domain/plan/schema';
import { serializePlan } from '../../services/plan-document';
import { parseCommandArgs, stringOption, UsageError } from '../args';
import { EXIT_BAD_INPUT, EXIT_OK } from '../io';
import type { CliCommand } from './command';

const HELP = `Usage: braid demo [--people N] [--seed S] [--as-of YYYY-MM-DD] [--out FILE]

Writes a realistic demo plan of an IT-services organisation (Northwind Digital Services):
people in every domain, rotations past, present and planned, critical roles with successor
slates, and the problems a real plan has. The same seed always gives the same plan.

Options:
  --people N        how many people (default ${DEMO_PEOPLE}, at most ${MAX_DEMO_PEOPLE})
  --seed S          any number or word (default ${DEMO_SEED})
  --as-of DATE      the day the plan is as of (default ${DEMO_AS_OF})
  --out FILE        write the plan to FILE instead of standard output
  -h, --help        show this help
`;

export const demoCommand: CliCommand = {
  help: HELP,
  async run(argv, io) {
    const args = parseCommandArgs(argv, { people: { type: 'string' }, seed: { type: 'string' }, out: { type: 'string' }, 'as-of': { type: 'string' } });
    if (args.positionals.length) throw new UsageError(`unexpected argument: ${args.positionals[0]}`);
    const peopleText = stringOption(args, 'people') ?? String(DEMO_PEOPLE);
    const people = Number(peopleText);
    if (!/^\d+$/.test(peopleText) || people > MAX_DEMO_PEOPLE) throw new UsageError(`--people must be a whole number from 0 to ${MAX_DEMO_PEOPLE}, not "${peopleText}"`);
    const seedText = stringOption(args, 'seed');
    // A numeric seed and its text give the same plan; keep the number so the help reads naturally.
    const seed = seedText === undefined ? DEMO_SEED : seedText;
    const asOf = stringOption(args, 'as-of');
    if (asOf !== undefined && !IsoDate.safeParse(asOf).success) throw new UsageError(`--as-of must be a date (YYYY-MM-DD), not "${asOf}"`);

    const plan = generateDemoPlan({ people, seed, asOf });
    const text = serializePlan(plan);
    const out = stringOption(args, 'out');
    if (out === undefined) {
      io.stdout(text);
    } else {
      try {
        await io.writeFile(out, text);
      } catch (error) {
        io.stderr(`braid demo: cannot write ${out}: ${error instanceof Error ? error.message : String(error)}\n`);
        return EXIT_BAD_INPUT;
      }
      io.stdout(`Wrote a demo plan of ${plan.people.length} people, ${plan.rotations.length} rotations and ${plan.roles.length} critical roles to ${out}\n`);
    }
    return EXIT_OK;
  },
};
