/** Absolute path of schema.graphql. */
export declare const schemaPath: string;
/** The schema as SDL text. */
export declare function readSchema(): string;
