import type { Random } from './random';

/**
 * Names from many cultures and left-to-right scripts, so that every screen and report is
 * exercised with diacritics, Cyrillic, Greek, Devanagari, Tamil, CJK and Hangul.
 * Where a culture's family names agree with the given name (Петров / Петрова,
 * Dvořák / Dvořáková), given and family names come in matching groups.
 * Spec choice: names carry no recorded gender, age or origin; the plan has no such field.
 */

interface NameGroup {
  given: readonly string[];
  family: readonly string[];
}

interface Culture {
  weight: number;
  /** 'given family' (most cultures), 'family given' (Vietnamese) or 'familygiven' (CJK, Hangul). */
  order: 'given-first' | 'family-first' | 'family-first-joined';
  groups: readonly NameGroup[];
}

const CULTURES: readonly Culture[] = [
  { weight: 4, order: 'given-first', groups: [
    { given: ['Zofia', 'Agnieszka', 'Małgorzata', 'Katarzyna', 'Joanna'], family: ['Wiśniewska', 'Zielińska', 'Dąbrowska', 'Kowalczyk', 'Wójcik'] },
    { given: ['Łukasz', 'Paweł', 'Grzegorz', 'Wojciech', 'Michał'], family: ['Wiśniewski', 'Zieliński', 'Dąbrowski', 'Kowalczyk', 'Łukasiewicz'] },
  ] },
  { weight: 3, order: 'given-first', groups: [{ given: ['Åsa', 'Sigrid', 'Søren', 'Bjørn', 'Henrik', 'Liv', 'Mikael'], family: ['Kjærgaard', 'Lindström', 'Åberg', 'Sørensen', 'Nyström', 'Løvik'] }] },
  { weight: 3, order: 'given-first', groups: [{ given: ['Jürgen', 'Jörg', 'Lena', 'Anneliese', 'Maximilian', 'Zoë'], family: ['Müller', 'Schäfer', 'Groß', 'Köhler', 'Weiß', 'Brandtstätter'] }] },
  { weight: 3, order: 'given-first', groups: [{ given: ['Hélène', 'Amélie', 'Léa', 'Benoît', 'François', 'Jérôme', 'Noémie'], family: ['Lefèvre', 'Dubois', 'Moreau', 'Gauthier', 'Bérenger', 'Mercier'] }] },
  { weight: 3, order: 'given-first', groups: [{ given: ['María José', 'Begoña', 'Íñigo', 'Lucía', 'Martín'], family: ['Muñoz', 'Ibáñez', 'Núñez', 'Peña', 'Cortés'] }] },
  { weight: 2, order: 'given-first', groups: [{ given: ['João', 'Gonçalo', 'Inês', 'Luíza'], family: ['Gonçalves', 'Magalhães', 'Araújo', 'Conceição'] }] },
  { weight: 2, order: 'given-first', groups: [
    { given: ['Tereza', 'Lucie', 'Markéta'], family: ['Dvořáková', 'Nováková', 'Černá'] },
    { given: ['Tomáš', 'Jiří', 'Ondřej'], family: ['Dvořák', 'Novák', 'Černý'] },
  ] },
  { weight: 2, order: 'given-first', groups: [{ given: ['Çağla', 'Şebnem', 'Gökhan', 'Barış', 'Ayşe', 'Emre'], family: ['Öztürk', 'Yıldız', 'Çelik', 'Şahin', 'Doğan'] }] },
  { weight: 2, order: 'family-first', groups: [{ given: ['Thị Lan', 'Văn Minh', 'Thu Hà', 'Quốc Huy', 'Ngọc Ánh'], family: ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Võ'] }] },
  { weight: 1, order: 'given-first', groups: [{ given: ['Adébáyọ̀', 'Olúwaseun', 'Fúnmiláyọ̀'], family: ['Ògúnlẹ́yẹ', 'Adéyẹmí', 'Ọládípọ̀'] }] },
  { weight: 1, order: 'given-first', groups: [{ given: ['Chiamaka', 'Ngozi', 'Chukwuemeka'], family: ['Okonkwo', 'Eze', 'Nwosu'] }] },
  { weight: 1, order: 'given-first', groups: [{ given: ['Kwame', 'Ama', 'Kofi'], family: ['Mensah', 'Owusu', 'Asante'] }] },
  { weight: 2, order: 'given-first', groups: [
    { given: ['Siobhán', 'Aoife', 'Niamh'], family: ['Ní Bhriain', 'Ní Mhurchú', 'Ní Cheallaigh'] },
    { given: ['Seán', 'Oisín', 'Ciarán'], family: ['Ó Briain', 'Ó Murchú', 'Ó Ceallaigh'] },
  ] },
  { weight: 1, order: 'given-first', groups: [
    { given: ['Þórdís', 'Guðrún', 'Ásdís'], family: ['Guðmundsdóttir', 'Sigurðardóttir', 'Þórsdóttir'] },
    { given: ['Jón', 'Ólafur', 'Einar'], family: ['Guðmundsson', 'Sigurðsson', 'Þórsson'] },
  ] },
  { weight: 1, order: 'given-first', groups: [{ given: ['Päivi', 'Jyrki', 'Sanna', 'Ville'], family: ['Mäkelä', 'Järvinen', 'Hämäläinen', 'Lehtonen'] }] },
  { weight: 1, order: 'given-first', groups: [{ given: ['Zoltán', 'Réka', 'Gábor', 'Erzsébet'], family: ['Szőke', 'Kovács', 'Tóth', 'Horváth'] }] },
  { weight: 3, order: 'given-first', groups: [{ given: ['Emily', 'James', 'Olivia', 'Daniel', 'Grace', 'Samuel'], family: ['Walker', 'Bennett', "O'Connor", 'Hughes', 'Patel', 'Cohen', 'Rossi'] }] },
  { weight: 1, order: 'given-first', groups: [{ given: ['Aroha', 'Wiremu', 'Mereana', 'Tāne'], family: ['Ngata', 'Te Rangi', 'Parata', 'Tipene'] }] },
  { weight: 2, order: 'given-first', groups: [{ given: ['Youssef', 'Layla', 'Omar', 'Nour', 'Karim'], family: ['El Amrani', 'Haddad', 'Mansour', 'Benali'] }] },
  { weight: 1, order: 'given-first', groups: [{ given: ['Putri', 'Dewi', 'Budi', 'Agus'], family: ['Wulandari', 'Santoso', 'Hidayat', 'Pratama'] }] },
  { weight: 5, order: 'given-first', groups: [
    { given: ['Анна', 'Мария', 'Екатерина', 'Ольга', 'Наталья', 'Татьяна'], family: ['Петрова', 'Смирнова', 'Иванова', 'Кузнецова', 'Соколова', 'Волкова'] },
    { given: ['Дмитрий', 'Алексей', 'Сергей', 'Андрей', 'Михаил', 'Иван'], family: ['Петров', 'Смирнов', 'Иванов', 'Кузнецов', 'Соколов', 'Волков'] },
  ] },
  { weight: 2, order: 'given-first', groups: [{ given: ['Оксана', 'Олена', 'Ірина', 'Тарас', 'Богдан', 'Андрій'], family: ['Шевченко', 'Бондаренко', 'Коваленко', 'Ткаченко', 'Мельник'] }] },
  { weight: 2, order: 'given-first', groups: [{ given: ['Милица', 'Јелена', 'Ана', 'Никола', 'Марко', 'Стефан'], family: ['Јовановић', 'Петровић', 'Николић', 'Ђорђевић', 'Стојановић'] }] },
  { weight: 4, order: 'given-first', groups: [
    { given: ['Ελένη', 'Μαρία', 'Αικατερίνη', 'Σοφία', 'Δήμητρα'], family: ['Παπαδοπούλου', 'Γεωργίου', 'Νικολάου', 'Οικονόμου', 'Αλεξίου'] },
    { given: ['Γιώργος', 'Νίκος', 'Δημήτρης', 'Κώστας', 'Αλέξανδρος'], family: ['Παπαδόπουλος', 'Γεωργίου', 'Νικολάου', 'Οικονόμου', 'Αλεξίου'] },
  ] },
  { weight: 9, order: 'given-first', groups: [{ given: ['प्रिया', 'राहुल', 'अनीता', 'विकास', 'सुनीता', 'अमित', 'पूजा', 'रोहन', 'नेहा', 'अर्जुन'], family: ['शर्मा', 'वर्मा', 'गुप्ता', 'जोशी', 'देशपांडे', 'कुलकर्णी', 'अग्रवाल', 'मिश्रा', 'सिंह'] }] },
  { weight: 5, order: 'given-first', groups: [{ given: ['அருண்', 'பிரியா', 'கார்த்திக்', 'மீனா', 'லட்சுமி', 'செந்தில்', 'கவிதா', 'விஜய்'], family: ['குமார்', 'ராமன்', 'சுப்பிரமணியன்', 'கிருஷ்ணன்', 'நாராயணன்', 'வேலு'] }] },
  { weight: 7, order: 'family-first-joined', groups: [{ given: ['芳', '伟', '敏', '静', '洋', '磊', '娜', '婷', '杰', '晓明', '丽华', '雨桐'], family: ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '周', '吴'] }] },
  { weight: 3, order: 'family-first-joined', groups: [{ given: ['美咲', '健太', '陽子', '翔太', '由美', '大輔', 'さくら'], family: ['佐藤', '鈴木', '高橋', '田中', '伊藤', '渡辺', '山本'] }] },
  { weight: 3, order: 'family-first-joined', groups: [{ given: ['민준', '서연', '지훈', '수아', '하은', '도윤', '예린', '현우'], family: ['김', '이', '박', '최', '정', '강', '조', '윤'] }] },
];

const WEIGHTS = CULTURES.map((c) => c.weight);

/** The names DOMAIN.md uses to show every script; each demo plan of 20 or more people has them all. */
export const SHOWCASE_NAMES = ['Zoë Łukasiewicz', 'Анна Петрова', 'प्रिया शर्मा', '王芳'] as const;
const SHOWCASE = new Set<string>(SHOWCASE_NAMES);

function compose(culture: Culture, given: string, family: string): string {
  if (culture.order === 'family-first-joined') return family + given;
  return culture.order === 'family-first' ? `${family} ${given}` : `${given} ${family}`;
}

/** A random name that is not one of the showcase names (those are placed on purpose). */
export function randomName(random: Random): string {
  for (;;) {
    const culture = random.weighted(CULTURES, WEIGHTS);
    const group = random.pick(culture.groups);
    const name = compose(culture, random.pick(group.given), random.pick(group.family));
    if (!SHOWCASE.has(name)) return name;
  }
}
