// The password rule's numbers, free of imports: the client form shows them as a hint.
export const PASSWORD_MIN_LENGTH = 12;
