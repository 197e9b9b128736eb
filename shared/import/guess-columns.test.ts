import { describe, expect, it } from 'vitest';
import { DEFAULT_DOMAINS, DEFAULT_THREADS } from '../domain/plan/defaults';
import { guessColumns, guessTarget } from './guess-columns';
import { guessDomain, guessValue } from './value-guesses';

describe('guessColumns', () => {
  it('reads the IBM HR sample headers', () => {
    const headers = ['Age', 'Attrition', 'Department', 'EmployeeNumber', 'JobRole', 'PerformanceRating'];
    expect(guessColumns(headers, 'people', DEFAULT_THREADS)).toEqual({
      id: 'EmployeeNumber',
      homeDomain: 'Department',
      title: 'JobRole',
      performance: 'PerformanceRating',
    });
  });

  it('reads a Workday-style export and never takes the manager id for the person id', () => {
    const headers = ['Manager ID', 'Employee ID', 'Worker', 'Job Title', 'Supervisory Organization', 'Flight Risk', 'Potential', 'Career Track'];
    expect(guessColumns(headers, 'people', DEFAULT_THREADS)).toEqual({
      id: 'Employee ID',
      managerId: 'Manager ID',
      name: 'Worker',
      title: 'Job Title',
      homeDomain: 'Supervisory Organization',
      flightRisk: 'Flight Risk',
      potential: 'Potential',
      track: 'Career Track',
    });
  });

  it('finds a thread level column per thread', () => {
    const columns = guessColumns(['Employee ID', 'Financial Acumen', 'Innovation score', 'Review Date'], 'assessments', DEFAULT_THREADS);
    expect(columns).toEqual({ personId: 'Employee ID', 'level:financial-acumen': 'Financial Acumen', 'level:innovation': 'Innovation score', date: 'Review Date' });
  });

  it('guesses what a file holds', () => {
    expect(guessTarget(['Employee ID', 'Name', 'Department'], DEFAULT_THREADS)).toBe('people');
    expect(guessTarget(['Employee ID', 'Competency', 'Score', 'Date'], DEFAULT_THREADS)).toBe('assessments');
    expect(guessTarget(['Employee ID', 'Department', 'Start Date', 'End Date'], DEFAULT_THREADS)).toBe('experience');
  });
});

describe('value guesses', () => {
  it('maps department names to domains', () => {
    expect(guessDomain('Research & Development', DEFAULT_DOMAINS)).toBe('engineering');
    expect(guessDomain('Sales', DEFAULT_DOMAINS)).toBe('sales');
    expect(guessDomain('IT', DEFAULT_DOMAINS)).toBe('infrastructure');
    expect(guessDomain('Cybersecurity', DEFAULT_DOMAINS)).toBe('security');
    expect(guessDomain('Software Engineering EMEA', DEFAULT_DOMAINS)).toBe('engineering');
    expect(guessDomain('Human Resources', DEFAULT_DOMAINS)).toBeNull();
  });

  it('maps rating words and short forms', () => {
    const context = { domains: DEFAULT_DOMAINS, threads: DEFAULT_THREADS };
    expect(guessValue('lowMediumHigh', 'H', context)).toBe('high');
    expect(guessValue('level', 'Exceeds Expectations', context)).toBe('4');
    expect(guessValue('track', 'Specialist', context)).toBe('linear');
    expect(guessValue('source', '360 feedback', context)).toBe('360');
    expect(guessValue('lowMediumHigh', 'Stellar', context)).toBeNull();
  });
});
