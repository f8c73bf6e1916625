export abstract class ReportService {
  abstract monthly(): Report[];
}

export class HttpReportService {
  monthly(): Report[] {
    return this.http.get("/reports");
  }

  export(id: string): Blob | null {
    return null;
  }
}
