/**
 * jsdom leaves out globals every browser the pane runs in has (the .xlsx reader decodes parts with
 * TextDecoder): the tests take Node's own.
 */
import { TextDecoder, TextEncoder } from 'node:util';

const g = globalThis as Record<string, unknown>;
g.TextDecoder ??= TextDecoder;
g.TextEncoder ??= TextEncoder;
