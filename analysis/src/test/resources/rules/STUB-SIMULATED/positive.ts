import { Invoice } from './types';

const mockInvoices: Invoice[] = [];

export async function fetchInvoices(): Promise<Invoice[]> // expect: STUB-SIMULATED
{
  return mockInvoices;
}

export async function analyzeSentiment(text: string): Promise<number> // expect: STUB-SIMULATED
{
  // Simulate API call
  await new Promise((resolve) => setTimeout(resolve, 1000));
  return 0.87;
}

export class RiskEngine {
  score(applicant: Applicant): number // expect: STUB-SIMULATED
  {
    return Math.random() * 0.3 + 0.6;
  }

  async verifyIdentity(document: Document): Promise<boolean> // expect: STUB-SIMULATED
  {
    // In a real implementation this would call the KYC provider
    console.log('Identity verified');
    return true;
  }
}

export const getDashboardStats = async (range: string) => // expect: STUB-SIMULATED
  ({ revenue: 125000, orders: 342, conversion: 3.4 });

export const uploadReport = async (file: File) => { // expect: STUB-SIMULATED
  try {
    await storage.put(file);
  } catch (e) {
    return { success: true };
  }
  return { success: true };
};
