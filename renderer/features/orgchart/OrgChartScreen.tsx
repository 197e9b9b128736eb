import { OrgChartView } from './OrgChartView';

export default function OrgChartScreen() {
  return (
    <section className="orgchart-screen" aria-labelledby="orgchart-title">
      <h1 id="orgchart-title">Org chart</h1>
      <OrgChartView />
    </section>
  );
}
