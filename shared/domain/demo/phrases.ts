/** What hosts write about a rotation and managers note on an assessment, per thread. */

export const FEEDBACK: Record<string, readonly string[]> = {
  'financial-acumen': [
    'Built the business case for the renewal and defended the margin in front of the client CFO.',
    'Now reads a programme P&L without help and spotted the change requests we were not billing.',
    'Ran the quarterly cost review of the platform and cut cloud spend by a fifth without losing service.',
  ],
  innovation: [
    'Automated the weekly service report; the team got a day a week back.',
    'Led a two-week discovery sprint and brought an experiment to the client that they adopted.',
    'Challenged how we onboard new tools and ran the pilot of the new deployment pipeline.',
  ],
  'customer-success': [
    'Sat with the client every week and turned their complaints into a value roadmap they signed off.',
    'Ran the service review with the account team; the client asked for them by name afterwards.',
    'Closed the feedback loop on three escalations and changed the support process as a result.',
  ],
  'recovery-growth': [
    'Led the recovery after the major incident calmly and wrote the post-incident plan the board accepted.',
    'Took over a red programme, re-planned it with the client and brought it back to amber in two months.',
    'Set up the risk register the team now reviews every sprint; two risks were caught early.',
  ],
};

export const GENERAL_FEEDBACK = [
  'Settled in quickly and built trust with the team; asks good questions.',
  'Would take them back on the team any time; needs more practice presenting to executives.',
  'Solid rotation. The objectives were met; the hand-over at the end was thorough.',
];

export const ASSESSMENT_NOTES: Record<string, readonly string[]> = {
  'financial-acumen': ['Strong on budgets; next step is pricing a deal end to end.', 'Uses data to argue for investment, not only cost.'],
  innovation: ['Runs small experiments before asking for budget.', 'Comfortable with automation; less so with changing a team’s habits.'],
  'customer-success': ['Clients trust them; should measure value realised, not activity.', 'Listens first; turns feedback into changes.'],
  'recovery-growth': ['Calm in an incident; recovery plans could be written down earlier.', 'Learns quickly from setbacks and says so openly.'],
};
