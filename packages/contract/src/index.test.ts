import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as contract from './index.ts';
import type { Schemas, operations } from './index.ts';

describe('@padu/contract entry point', () => {
  it('exports the rules', () => {
    for (const name of [
      'normalizeDigits', 'validateNik', 'validateKk', 'maskNik', 'maskName', 'normalizePhone', 'isEmail',
      'statusLabels', 'applicationStatuses', 'finalStatuses', 'progressSteps', 'transitions', 'checkTransition',
      'allowedTransitions', 'progressOf', 'isFinal', 'createWorkingCalendar', 'computeDue', 'formatTimeFrame', 'holidayYears',
      'CalendarYearMissingError', 'validateFormDefinition', 'normalizeAnswer', 'normalizeAnswers', 'validateAnswers',
      'validateField', 'evaluateCondition', 'checkCondition', 'comparisonOperators', 'conditionLimits', 'isEmptyAnswer', 'operatorsFor', 'formState', 'pruneHidden', 'prefillAnswers', 'prefillFieldTypes', 'maskedPrefillSources', 'fileAnswers', 'uploadMimeTypes', 'maskedFieldTypes', 'isMaskedField', 'maskAnswers', 'reviseAnswers', 'formatMessage', 'errorCodes', 'registerMessages', 'loadMessages', 'hasMessages', 'isErrorCode', 'terbilang', 'formatDate', 'jakartaDate',
      'formatNumber', 'normalizeTrackingCode', 'isTrackingCode',
    ]) {
      assert.ok(name in contract, name);
    }
  });
  it('re-exports the generated operations table and the generated types', () => {
    assert.equal(contract.operations.transitionApplication.method, 'POST');
    assert.ok(contract.operationIds.includes('submitApplication'));
    assert.match(contract.contractVersion, /^\d+\.\d+\.\d+$/);
    // Type-level: these only compile if the generated types come through.
    const status: Schemas['ApplicationStatus'] = 'submitted';
    const body: operations['transitionApplication']['requestBody'] extends undefined ? never : true = true;
    assert.equal(status, 'submitted');
    assert.equal(body, true);
  });
});
