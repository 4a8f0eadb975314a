/** The guide's next step for each maturity criterion, from each level. */
import type { Steps } from './levels';

export const STEPS = {
  contracts: {
    experimental: 'Sign a contract (deliverables, usage rights, payment) before any work starts.',
    operational: 'Use one contract template for every partnership, so none starts unsigned.',
    strategic: 'Review the contract template yearly: usage rights, exclusivity, renewal terms.',
  },
  briefs: {
    experimental:
      'Write a brief for each partnership: goal and KPI, key messages, deliverables and dates, disclosure.',
    operational: 'Make the brief a required step before Co-creation.',
    strategic: 'Refresh the brief template with what the debriefs taught.',
  },
  utm: {
    experimental: 'Give every producer a tracking link (UTM_LINK) before they post.',
    operational: 'Build every link with UTM_LINK so source, medium and campaign stay consistent.',
    strategic: 'Compare producers by attributed sales per link every month.',
  },
  debriefs: {
    experimental: 'Hold a debrief when a partnership ends: results against the KPI, what to repeat.',
    operational: 'Debrief every partnership before deciding on renewal.',
    strategic: 'Feed what the debriefs teach into briefs and producer selection.',
  },
  kpis: {
    experimental: 'Record attributed sales for every partnership in Measurement.',
    operational: 'Record attributed sales for every measured partnership, every period.',
    strategic: "Use the observed return multiple (on the Forecast sheet) in the forecast's assumptions.",
  },
  renewals: {
    experimental: 'Renew the producers who performed: long-term partners outperform one-off posts.',
    operational: 'Turn the best performers into long-term ambassadors.',
    strategic: 'Keep a bench of long-term partners and review them every quarter.',
  },
  length: {
    experimental: 'Move from one-off posts to partnerships of three months or more.',
    operational: 'Offer terms of six months or more to producers who deliver.',
    strategic: 'Keep long terms, with a check-in at least every 30 days.',
  },
  concentration: {
    experimental: 'Recruit more producers so no one holds most of the sales.',
    operational: 'Keep adding producers until the HHI is below 1,500 (diversified).',
    strategic: 'Keep new producers in Discovery so the mix stays broad.',
  },
  forecast: {
    experimental: 'Run the monthly forecast from the menu to see cost, revenue and payback.',
    operational: 'Schedule the monthly forecast so it runs on the 1st of each month.',
    strategic: 'Review the forecast against actuals every month.',
  },
  actuals: {
    experimental: 'Keep an Actuals sheet (Month, Total cost, Revenue) to compare with the forecast.',
    operational: 'Record actuals every month: six months show the trend.',
    strategic: 'Adjust the assumptions where actuals and forecast differ.',
  },
} satisfies Record<string, Steps>;
