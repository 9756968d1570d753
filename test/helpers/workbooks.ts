// Moved to fixtures/workbooks.ts (shared with the bench). Kept only while other work in flight still imports this path.
export * from '../../fixtures/workbooks';
