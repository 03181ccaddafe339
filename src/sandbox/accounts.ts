import { ROLES, type Role } from '../contract/roles.ts';

/** The people who can sign in to the sandbox. Start-up code prints them; the password is the same for all. */

export const SANDBOX_PASSWORD = 'sandbox';

/** The x-api-key the simulated BokaMera accepts unless the options name another. */
export const SANDBOX_API_KEY = 'b0ca3e7a-5a4d-4b0c-9a11-5a4db0ca3e7a';

export interface SandboxAccount {
  userId: string;
  email: string;
  password: string;
  firstName: string;
  lastName: string;
  roles: readonly Role[];
  /** Which company (by position) the account administers at BokaMera. */
  companyIndex: 0 | 1;
  /** One line for people: role and company. */
  description: string;
}

export const SANDBOX_ACCOUNTS: readonly SandboxAccount[] = [
  {
    userId: '3f1c9a52-7a0e-4c6b-9d2f-1a8e5b7c4d01',
    email: 'admin@sandbox.test',
    password: SANDBOX_PASSWORD,
    firstName: 'Anna',
    lastName: 'Lindqvist',
    roles: [ROLES.write],
    companyIndex: 0,
    description: `${ROLES.write}, the first company`,
  },
  {
    userId: '8b2e4d17-3c5a-4f9e-b6d0-2c7f9e1a5b02',
    email: 'reader@sandbox.test',
    password: SANDBOX_PASSWORD,
    firstName: 'Erik',
    lastName: 'Johansson',
    roles: [ROLES.read],
    companyIndex: 0,
    description: `${ROLES.read}, the first company`,
  },
  {
    userId: 'c4d7f0a3-9e1b-4a2c-8f5d-3b6a0c9e7f03',
    email: 'superadmin@sandbox.test',
    password: SANDBOX_PASSWORD,
    firstName: 'Karin',
    lastName: 'Sjöberg',
    roles: [ROLES.superadmin],
    companyIndex: 0,
    description: `${ROLES.superadmin}, the first company; may open any`,
  },
  {
    userId: 'e9a5b3c8-1d4f-4e7a-a2b9-4c8d1e3f6a04',
    email: 'other-admin@sandbox.test',
    password: SANDBOX_PASSWORD,
    firstName: 'Lars',
    lastName: 'Nyström',
    roles: [ROLES.write],
    companyIndex: 1,
    description: `${ROLES.write}, the second company`,
  },
  {
    // Tests lock this account out on purpose (the sign-in throttle); no journey needs it to work.
    userId: '5d2b8e6f-0a3c-4b7d-9e1f-6a4c2e8b0d05',
    email: 'throttle@sandbox.test',
    password: SANDBOX_PASSWORD,
    firstName: 'Tove',
    lastName: 'Spärr',
    roles: [ROLES.read],
    companyIndex: 1,
    description: `${ROLES.read}, the second company; for sign-in throttle tests`,
  },
  {
    // A BokaMera customer with a login but no administrator role: the dashboard must refuse them.
    userId: '7e3c1a9d-4b6f-4d2e-8a5c-9f1b3d7e2a06',
    email: 'customer@sandbox.test',
    password: SANDBOX_PASSWORD,
    firstName: 'Kim',
    lastName: 'Kund',
    roles: [],
    companyIndex: 0,
    description: 'no administrator role; refused by the dashboard',
  },
];

export function accountByEmail(email: string): SandboxAccount | undefined {
  const wanted = email.trim().toLowerCase();
  return SANDBOX_ACCOUNTS.find((account) => account.email === wanted);
}

export function accountById(userId: string): SandboxAccount | undefined {
  return SANDBOX_ACCOUNTS.find((account) => account.userId === userId);
}
