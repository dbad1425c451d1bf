/**
 * Node has no `CustomFunctions` global (Excel provides it in the add-in runtime). The custom functions
 * throw `CustomFunctions.Error`; this shim gives them the same class and the error code strings of
 * @types/custom-functions-runtime, so functions can be called as plain functions under jest.
 */
class CustomFunctionsError extends Error {
  constructor(
    public code: string,
    message?: string,
  ) {
    super(message);
  }
}

(globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = {
  Error: CustomFunctionsError,
  ErrorCode: {
    invalidValue: "#VALUE!",
    notAvailable: "#N/A",
    divisionByZero: "#DIV/0!",
    invalidNumber: "#NUM!",
    nullReference: "#NULL!",
    invalidName: "#NAME?",
    invalidReference: "#REF!",
  },
  associate: () => undefined,
};
