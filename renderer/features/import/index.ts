/** What other screens drop in: <ImportButton /> (the Import wizard) and <ExportMenu />. */
export { ImportButton } from './ImportButton';
export { ExportMenu } from './ExportMenu';
