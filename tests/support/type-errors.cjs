// Type-checks one TypeScript module given on stdin as JSON { fileName, source, options } (the
// file need not exist; imports resolve from where it would be) and prints its errors as a JSON
// array of strings. A child process of its own, so that a test's event loop is not blocked for the
// seconds a compile takes (the test's kept-alive sockets to a server would go stale meanwhile).
const ts = require('typescript');

let input = '';
process.stdin.on('data', (chunk) => (input += chunk));
process.stdin.on('end', () => {
  const { fileName, source } = JSON.parse(input);
  const options = {
    strict: true,
    exactOptionalPropertyTypes: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.Node16,
    moduleResolution: ts.ModuleResolutionKind.Node16,
    types: ['node'],
    noEmit: true,
    skipLibCheck: true, // the consumer projects (tests/consumer-*) check the SDK's declarations
  };
  const host = ts.createCompilerHost(options);
  const { getSourceFile, fileExists, readFile } = host;
  host.getSourceFile = (name, ...rest) =>
    name === fileName ? ts.createSourceFile(name, source, ts.ScriptTarget.ES2022, true) : getSourceFile.call(host, name, ...rest);
  host.fileExists = (name) => name === fileName || fileExists.call(host, name);
  host.readFile = (name) => (name === fileName ? source : readFile.call(host, name));
  const program = ts.createProgram([fileName], options, host);
  const errors = ts.getPreEmitDiagnostics(program).map((d) => {
    const line = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line + 1 : 0;
    const text = d.file ? (d.file.text.split('\n')[line - 1] ?? '').trim() : '';
    return `${ts.flattenDiagnosticMessageText(d.messageText, ' ')} (line ${line}: ${text})`;
  });
  process.stdout.write(JSON.stringify(errors));
});
