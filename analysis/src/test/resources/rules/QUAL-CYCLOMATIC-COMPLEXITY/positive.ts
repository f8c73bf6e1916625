const status = (code: number): string => { // expect: QUAL-CYCLOMATIC-COMPLEXITY
  switch (code) {
    case 200: return "ok";
    case 201: return "created";
    case 204: return "empty";
    case 301: case 302: return "moved";
    case 400: return "bad";
    case 401: case 403: return "denied";
    case 404: return "missing";
    default: return code > 500 && code < 600 ? "server" : "other";
  }
};
