// Placeholder: replaced below once pages exist.
export default async function setup(): Promise<void> {}
