// The generator's cast: about 300 people with distinct full names, the first dozen press
// secretaries who host the briefings of their era, the rest officials who join as guests.

const FIRST = {
  ms: ['Jane', 'Maria', 'Susan', 'Karen', 'Linda', 'Patricia', 'Helen', 'Laura', 'Anne', 'Ruth', 'Diane', 'Carol', 'Julia', 'Nora', 'Grace', 'Alice', 'Ellen', 'Teresa', 'Joan', 'Rita'],
  mr: ['John', 'David', 'Robert', 'Michael', 'James', 'William', 'Thomas', 'Daniel', 'Paul', 'Mark', 'Peter', 'Steven', 'Andrew', 'Kevin', 'Brian', 'George', 'Edward', 'Frank', 'Henry', 'Victor'],
};

const LAST = [
  'Roe', 'Hale', 'Smith', 'Garcia', 'Nguyen', 'Okafor', 'Brennan', 'Castillo', 'Whitaker', 'Lindqvist', 'Moreau', 'Patel', 'Kowalski', 'Abernathy',
  'Delgado', 'Fischer', 'Gallagher', 'Haddad', 'Ishikawa', 'Jensen', 'Keller', 'Larkin', 'Mendoza', 'Novak', "O'Neill", 'Petrov', 'Quinlan',
  'Ramirez', 'Sato', 'Thornton', 'Underwood', 'Vasquez', 'Wallace', 'Yilmaz', 'Zhang', 'Adeyemi', 'Bishop', 'Carver', 'Dunne', 'Ellison',
  'Foster', 'Grant', 'Hargrove', 'Ingram', 'Jordan', 'Kapoor', 'Lambert', 'Mercer', 'Nash', 'Osborne', 'Pruitt', 'Reyes', 'Sterling',
  'Tanaka', 'Vance', 'Webb', 'Young', 'Ziegler', 'Baptiste', 'McAllister', 'Harrington', 'Jean-Louis',
];

// Offices whose words title parsing knows, so that every guest's full name comes out canonical.
const ROLES = [
  'Director of the National Economic Council', 'National Security Advisor', 'Secretary of Energy', 'Secretary of Labor', 'Secretary of Commerce',
  'Deputy National Security Advisor', 'Senior Advisor', 'Secretary of Education', 'Secretary of Defense', 'Secretary of the Treasury',
  'Secretary of State', 'Secretary of Homeland Security', 'Special Envoy for Climate', 'Chief of Staff', 'Trade Representative',
];

export interface Person {
  /** Canonical full name, as titles print it: "Jane Roe". */
  name: string;
  /** The label of their turns: "MS. ROE". */
  label: string;
  role: string;
}

/** The cast, the same every time: `hosts` press secretaries first, then guests. */
export function castOfPeople(count = 300, hosts = 12): Person[] {
  const people: Person[] = [];
  for (let i = 0; people.length < count; i++) {
    const honorific = i % 2 === 0 ? 'ms' : 'mr';
    const first = FIRST[honorific][Math.floor(i / 2) % FIRST[honorific].length]!;
    const last = LAST[i % LAST.length]!;
    const name = `${first} ${last}`;
    if (people.some((p) => p.name === name)) continue;
    const role = people.length < hosts ? 'Press Secretary' : ROLES[people.length % ROLES.length]!;
    people.push({ name, label: `${honorific.toUpperCase()}. ${last.toUpperCase()}`, role });
  }
  return people;
}
