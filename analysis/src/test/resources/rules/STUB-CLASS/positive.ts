export class ReportService { // expect: STUB-CLASS
  monthly(): Report[] {
    throw new Error("not implemented");
  }

  export(id: string): Blob | null {
    return null;
  }
}
