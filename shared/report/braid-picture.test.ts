import { describe, expect, it } from 'vitest';
import { analyzePlan } from '../domain/analysis';
import { planWith, worked } from '../domain/testing/plan-builder';
import { braidModel, braidPictureSvg, DEFAULT_BRAID_COLORS } from './braid-picture';
import type { Action } from '../domain/plan/schema';

// Runs in the plain Node environment on purpose: the PDF report draws the picture outside a browser.
// jsdom only parses the output here. This file compiles without the DOM library (and jsdom ships no
// types), so the little of the parsed document the tests read is typed here.
interface SvgNode {
  textContent: string | null;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
}
interface SvgDocument {
  documentElement: SvgNode;
  getElementById(id: string): SvgNode | null;
  getElementsByTagName(name: string): { length: number };
  querySelector(selector: string): SvgNode | null;
  querySelectorAll(selector: string): Iterable<SvgNode>;
}
type JsdomModule = {
  JSDOM: new (html: string, options: { url: string }) => { window: { DOMParser: new () => { parseFromString(text: string, type: string): SvgDocument } } };
};
const { JSDOM } = (await import('jsdom' as string)) as JsdomModule;
const { window } = new JSDOM('', { url: 'http://localhost/' });
function parse(svg: string): SvgDocument {
  const doc = new window.DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  return doc;
}

const strandPaths = (doc: SvgDocument, colour: string) =>
  [...doc.querySelectorAll('path')].filter((p) => p.getAttribute('stroke') === colour);

/** An engineer since 2020 (asOf 2027-01-01) with a completed sales rotation and a planned consulting one. */
function braidedEngineer(name = 'Ana') {
  return planWith({
    people: [{ id: 'ana', name, homeDomain: 'engineering', experience: [worked('engineering', '2020-01-01')] }],
    rotations: [
      { personId: 'ana', hostId: 'sales-hub', start: '2025-01-01', end: '2025-06-30', status: 'completed' },
      { personId: 'ana', hostId: 'consulting-hub', start: '2027-03-01', end: '2027-08-31', status: 'planned' },
    ],
  });
}

describe('braidModel', () => {
  it('puts a rotation on top of the experience it interrupts and counts each move between sides', () => {
    const plan = braidedEngineer();
    const model = braidModel(plan, analyzePlan(plan), 'ana');
    const sides = model.segments.filter((s) => s.side).map((s) => `${s.side}:${s.tense}`);
    expect(sides).toEqual(['back:past', 'front:past', 'back:past', 'back:planned', 'front:planned', 'back:planned']);
    expect(model.crossings).toBe(4);
  });

  it('draws no crossing for someone who never left their side', () => {
    const plan = planWith({ people: [{ id: 'li', experience: [worked('engineering', '2018-01-01')] }] });
    const model = braidModel(plan, analyzePlan(plan), 'li');
    expect(model.crossings).toBe(0);
  });

  it('leaves cancelled rotations out of the picture', () => {
    const plan = planWith({
      people: [{ id: 'li', experience: [worked('engineering', '2018-01-01')] }],
      rotations: [{ personId: 'li', hostId: 'sales-hub', start: '2027-02-01', end: '2027-07-31', status: 'cancelled' }],
    });
    const model = braidModel(plan, analyzePlan(plan), 'li');
    expect(model.periods.map((p) => p.kind)).toEqual(['experience']);
    expect(model.crossings).toBe(0);
  });
});

describe('braidPictureSvg', () => {
  it('is a self-contained, labelled image with one strand per side in the given colours', () => {
    const plan = braidedEngineer();
    const svg = braidPictureSvg(plan, analyzePlan(plan), 'ana', { colors: { front: '#ff0000', back: '#0000ff' } });
    const doc = parse(svg);
    const root = doc.documentElement;
    expect(root.getAttribute('role')).toBe('img');
    // Named by the title alone; the long account of the periods is the description.
    expect(root.getAttribute('aria-labelledby')).toBe('braid-ana-title');
    expect(root.getAttribute('aria-describedby')).toBe('braid-ana-desc');
    expect(doc.getElementById('braid-ana-title')?.textContent).toBe('Braid picture of Ana');
    expect(doc.getElementById('braid-ana-desc')?.textContent).toContain('Rotation at Sales hub (Sales, front), Jan 2025 – Jun 2025, completed');
    expect(strandPaths(doc, '#ff0000').length).toBeGreaterThan(0);
    expect(strandPaths(doc, '#0000ff').length).toBeGreaterThan(0);
    expect(svg).not.toMatch(/href|url\(|<image|<script|http:\/\/(?!www\.w3\.org\/2000\/svg)/);
  });

  it('crosses the strands with curves where the person moved sides, and only there', () => {
    const plan = braidedEngineer();
    const doc = parse(braidPictureSvg(plan, analyzePlan(plan), 'ana'));
    const curves = [...doc.querySelectorAll('path')].filter((p) => p.getAttribute('d')!.includes('C'));
    // Four moves, each drawn as one curve per strand.
    expect(curves).toHaveLength(8);

    const still = planWith({ people: [{ id: 'li', experience: [worked('engineering', '2018-01-01')] }] });
    const stillDoc = parse(braidPictureSvg(still, analyzePlan(still), 'li'));
    expect([...stillDoc.querySelectorAll('path')].some((p) => p.getAttribute('d')!.includes('C'))).toBe(false);
  });

  it('dashes what is planned and keeps what is done solid', () => {
    const plan = braidedEngineer();
    const doc = parse(braidPictureSvg(plan, analyzePlan(plan), 'ana'));
    const front = strandPaths(doc, DEFAULT_BRAID_COLORS.front);
    const thickFront = front.filter((p) => p.getAttribute('stroke-width') === '7');
    // The completed sales rotation (solid) and the planned consulting one (dashed).
    expect(thickFront.some((p) => !p.hasAttribute('stroke-dasharray'))).toBe(true);
    expect(thickFront.some((p) => p.hasAttribute('stroke-dasharray'))).toBe(true);
    // Time before asOf is never dashed.
    const nowX = Number(doc.querySelector('line[stroke-dasharray="2 3"]')!.getAttribute('x1'));
    for (const path of doc.querySelectorAll('path[stroke-dasharray]')) {
      const startX = Number(path.getAttribute('d')!.match(/^M([\d.]+)/)![1]);
      expect(startX).toBeGreaterThanOrEqual(nowX - 12.5);
    }
  });

  it('escapes markup in names and keeps every script intact', () => {
    const evil = planWith({ people: [{ id: 'x"1', name: '<script>alert("x")</script> & Co', experience: [worked('sales', '2020-01-01')] }] });
    const svg = braidPictureSvg(evil, analyzePlan(evil), 'x"1');
    expect(svg).not.toContain('<script>');
    const doc = parse(svg);
    expect(doc.querySelector('title')!.textContent).toBe('Braid picture of <script>alert("x")</script> & Co');
    expect(doc.documentElement.getAttribute('aria-labelledby')).toBe('braid-x_1-title');

    for (const name of ['Zoë Łukasiewicz', '王芳', 'प्रिया शर्मा']) {
      const plan = braidedEngineer(name);
      expect(parse(braidPictureSvg(plan, analyzePlan(plan), 'ana')).querySelector('title')!.textContent).toBe(`Braid picture of ${name}`);
    }
  });

  it('escapes colours and fonts passed in, so options cannot inject markup', () => {
    const plan = braidedEngineer();
    const svg = braidPictureSvg(plan, analyzePlan(plan), 'ana', { colors: { front: '"/><script>' }, fontFamily: "'A' \"B\"" });
    expect(svg).not.toContain('<script>');
    parse(svg);
  });

  it('writes "as of" the report’s way by default and the screen’s way when told, never as an ISO date', () => {
    const plan = braidedEngineer();
    const texts = (svg: string) => [...parse(svg).querySelectorAll('text')].map((t) => t.textContent);
    expect(texts(braidPictureSvg(plan, analyzePlan(plan), 'ana'))).toContain('as of 1 Jan 2027');
    const onScreen = texts(braidPictureSvg(plan, analyzePlan(plan), 'ana', { dayLabel: (iso) => `day ${iso.slice(0, 4)}` }));
    expect(onScreen).toContain('as of day 2027');
    expect(onScreen.join(' ')).not.toContain('2027-01-01');
  });

  it('says when the timeline is cut off and draws a person with no history without failing', () => {
    const old = planWith({ people: [{ id: 'vet', experience: [worked('sales', '1995-01-01', '2010-12-31'), worked('engineering', '2011-01-01')] }] });
    const doc = parse(braidPictureSvg(old, analyzePlan(old), 'vet'));
    expect([...doc.querySelectorAll('text')].some((t) => t.textContent === '← since Jan 1995')).toBe(true);

    const blank = planWith({ people: [{ id: 'new' }] });
    const blankDoc = parse(braidPictureSvg(blank, analyzePlan(blank), 'new'));
    expect(blankDoc.querySelector('desc')!.textContent).toContain('No experience or rotations recorded.');
  });

  it('draws archived people too (they are outside the analysis)', () => {
    const plan = planWith({ people: [{ id: 'gone', archived: true, experience: [worked('data', '2019-01-01')] }] });
    const svg = braidPictureSvg(plan, analyzePlan(plan), 'gone');
    expect(parse(svg).querySelector('desc')!.textContent).toContain('Data & Analytics (back)');
  });

  it('marks each development action by the shape of its kind, hollow while planned, with a legend and the words for screen readers', () => {
    const base = braidedEngineer();
    const action = (id: string, kind: Action['kind'], start: string, end: string, status: Action['status'], title = `${kind} ${id}`): Action => ({
      id, personId: 'ana', kind, title, threads: ['financial-acumen'], start, end, status, cost: null, ownerId: null, evidenceDue: null,
    });
    const plan = {
      ...base,
      actions: [
        action('A1', 'course', '2027-02-01', '2027-04-30', 'planned', 'Finance for leaders'),
        action('A2', 'mentoring', '2026-06-01', '2026-12-31', 'completed'),
        // Runs at the same time as the course: a row of its own.
        action('A3', 'coaching', '2027-03-01', '2027-05-31', 'planned'),
        action('A4', 'project', '2027-03-01', '2027-05-31', 'cancelled'),
      ],
    };
    const doc = parse(braidPictureSvg(plan, analyzePlan(plan), 'ana'));
    const marks = [...doc.querySelectorAll('g[data-kind]')];
    expect(marks.map((g) => g.getAttribute('data-kind'))).toEqual(['mentoring', 'course', 'coaching']);
    const shape = (kind: string) => doc.querySelector(`g[data-kind="${kind}"] path`)!;
    // Three kinds, three shapes; planned ones are hollow, the completed one filled.
    expect(new Set(['course', 'mentoring', 'coaching'].map((k) => shape(k).getAttribute('d'))).size).toBe(3);
    expect(shape('course').getAttribute('fill')).toBe('none');
    expect(shape('mentoring').getAttribute('fill')).toBe(DEFAULT_BRAID_COLORS.text);
    expect(doc.querySelector('g[data-kind="course"] title')!.textContent).toBe('Course: Finance for leaders, Feb 2027 – Apr 2027, planned');
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).toEqual(expect.arrayContaining(['Course', 'Mentoring', 'Coaching', 'development actions · hollow: planned']));
    expect(texts).not.toContain('Project');
    expect(doc.querySelector('desc')!.textContent).toContain('Development actions: Mentoring: mentoring A2, Jun 2026 – Dec 2026, completed; Course: Finance for leaders');
    // The picture grows by the action rows (two here) and the legend, so the strands keep their room.
    expect(Number(doc.documentElement.getAttribute('height'))).toBe(170 + 2 * 18 + 24);
  });
});
