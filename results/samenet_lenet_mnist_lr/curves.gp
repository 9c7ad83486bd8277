# fflab learning curves: validation error per evaluated epoch (solid) and the running train error (dashed)
$c0_0 << EOD
1 4.25 4.25 4.25
2 2.72 2.72 2.72
3 2.22 2.22 2.22
4 2.36 2.36 2.36
5 1.71 1.71 1.71
6 1.8 1.8 1.8
7 1.39 1.39 1.39
8 1.42 1.42 1.42
9 1.34 1.34 1.34
10 1.31 1.31 1.31
EOD
$c0_1 << EOD
1 9.468 9.468 9.468
2 2.812 2.812 2.812
3 2.082 2.082 2.082
4 1.516 1.516 1.516
5 1.35 1.35 1.35
6 1.08 1.08 1.08
7 0.808 0.808 0.808
8 0.638 0.638 0.638
9 0.43 0.43 0.43
10 0.312 0.312 0.312
EOD
$c1_0 << EOD
1 2.89 2.89 2.89
2 2.48 2.48 2.48
3 1.56 1.56 1.56
4 1.42 1.42 1.42
5 1.54 1.54 1.54
6 1.44 1.44 1.44
7 1.23 1.23 1.23
8 1.11 1.11 1.11
9 1.1 1.1 1.1
10 0.93 0.93 0.93
EOD
$c1_1 << EOD
1 7.802 7.802 7.802
2 2.162 2.162 2.162
3 1.604 1.604 1.604
4 1.202 1.202 1.202
5 0.968 0.968 0.968
6 0.818 0.818 0.818
7 0.546 0.546 0.546
8 0.386 0.386 0.386
9 0.178 0.178 0.178
10 0.1 0.1 0.1
EOD
$c2_0 << EOD
1 4.52 4.52 4.52
2 2.53 2.53 2.53
3 2.24 2.24 2.24
4 2.61 2.61 2.61
5 1.71 1.71 1.71
6 1.93 1.93 1.93
7 1.75 1.75 1.75
8 1.46 1.46 1.46
9 1.21 1.21 1.21
10 1.1 1.1 1.1
EOD
$c2_1 << EOD
1 9.186 9.186 9.186
2 2.624 2.624 2.624
3 2.232 2.232 2.232
4 1.854 1.854 1.854
5 1.614 1.614 1.614
6 1.542 1.542 1.542
7 1.016 1.016 1.016
8 0.67 0.67 0.67
9 0.378 0.378 0.378
10 0.194 0.194 0.194
EOD
$c3_0 << EOD
1 90.55 90.55 90.55
2 89.32 89.32 89.32
3 89.32 89.32 89.32
4 89.39 89.39 89.39
5 90.62 90.62 90.62
6 89.32 89.32 89.32
7 88.63 88.63 88.63
8 88.63 88.63 88.63
9 88.63 88.63 88.63
10 88.63 88.63 88.63
EOD
$c3_1 << EOD
1 89.138 89.138 89.138
2 89.622 89.622 89.622
3 89.684 89.684 89.684
4 89.37 89.37 89.37
5 89.444 89.444 89.444
6 89.402 89.402 89.402
7 89.752 89.752 89.752
8 89.378 89.378 89.378
9 89.404 89.404 89.404
10 89.09 89.09 89.09
EOD
$c4_0 << EOD
1 41.27 41.27 41.27
2 22.69 22.69 22.69
3 16.83 16.83 16.83
4 14.04 14.04 14.04
5 12.78 12.78 12.78
6 11.37 11.37 11.37
7 10.54 10.54 10.54
8 10.05 10.05 10.05
9 10.12 10.12 10.12
10 9.62 9.62 9.62
EOD
$c4_1 << EOD
1 74.894 74.894 74.894
2 29.288 29.288 29.288
3 19.394 19.394 19.394
4 15.56 15.56 15.56
5 13.39 13.39 13.39
6 12.06 12.06 12.06
7 11.148 11.148 11.148
8 10.508 10.508 10.508
9 10.142 10.142 10.142
10 9.89 9.89 9.89
EOD
$c5_0 << EOD
1 16.21 16.21 16.21
2 11.26 11.26 11.26
3 9.07 9.07 9.07
4 7.5 7.5 7.5
5 7.51 7.51 7.51
6 6.53 6.53 6.53
7 5.8 5.8 5.8
8 5.64 5.64 5.64
9 5.89 5.89 5.89
10 5.59 5.59 5.59
EOD
$c5_1 << EOD
1 42.22 42.22 42.22
2 13.476 13.476 13.476
3 9.93 9.93 9.93
4 8.5 8.5 8.5
5 7.678 7.678 7.678
6 7.072 7.072 7.072
7 6.35 6.35 6.35
8 6.03 6.03 6.03
9 5.762 5.762 5.762
10 5.584 5.584 5.584
EOD
$c6_0 << EOD
1 14.7 14.7 14.7
2 11.23 11.23 11.23
3 6.55 6.55 6.55
4 5.67 5.67 5.67
5 5.75 5.75 5.75
6 5.11 5.11 5.11
7 5.49 5.49 5.49
8 4.34 4.34 4.34
9 4.12 4.12 4.12
10 4.12 4.12 4.12
EOD
$c6_1 << EOD
1 31.904 31.904 31.904
2 11.5 11.5 11.5
3 8.852 8.852 8.852
4 7.454 7.454 7.454
5 6.882 6.882 6.882
6 6.142 6.142 6.142
7 5.418 5.418 5.418
8 4.812 4.812 4.812
9 4.078 4.078 4.078
10 3.734 3.734 3.734
EOD
$c7_0 << EOD
1 21.08 21.08 21.08
2 11.92 11.92 11.92
3 18.54 18.54 18.54
4 12.21 12.21 12.21
5 6.36 6.36 6.36
6 11.6 11.6 11.6
7 9.99 9.99 9.99
8 6.93 6.93 6.93
9 4.93 4.93 4.93
10 5.68 5.68 5.68
EOD
$c7_1 << EOD
1 46.508 46.508 46.508
2 19.086 19.086 19.086
3 14.004 14.004 14.004
4 12.936 12.936 12.936
5 11.46 11.46 11.46
6 10.562 10.562 10.562
7 8.872 8.872 8.872
8 7.358 7.358 7.358
9 5.846 5.846 5.846
10 4.866 4.866 4.866
EOD
$c8_0 << EOD
1 23.29 23.29 23.29
2 15.5 15.5 15.5
3 12.13 12.13 12.13
4 10.32 10.32 10.32
5 9.41 9.41 9.41
6 8.58 8.58 8.58
7 8.53 8.53 8.53
8 8.12 8.12 8.12
9 8 8 8
10 7.88 7.88 7.88
EOD
$c8_1 << EOD
1 50.464 50.464 50.464
2 18.742 18.742 18.742
3 14.022 14.022 14.022
4 11.664 11.664 11.664
5 10.266 10.266 10.266
6 9.392 9.392 9.392
7 8.722 8.722 8.722
8 8.404 8.404 8.404
9 8.238 8.238 8.238
10 8.052 8.052 8.052
EOD
$c9_0 << EOD
1 19.31 19.31 19.31
2 12.35 12.35 12.35
3 10.91 10.91 10.91
4 9.38 9.38 9.38
5 8.76 8.76 8.76
6 8.34 8.34 8.34
7 8.15 8.15 8.15
8 8.08 8.08 8.08
9 7.87 7.87 7.87
10 7.78 7.78 7.78
EOD
$c9_1 << EOD
1 36.712 36.712 36.712
2 14.232 14.232 14.232
3 11.704 11.704 11.704
4 10.22 10.22 10.22
5 9.004 9.004 9.004
6 8.462 8.462 8.462
7 8.12 8.12 8.12
8 7.854 7.854 7.854
9 7.71 7.71 7.71
10 7.618 7.618 7.618
EOD
$c10_0 << EOD
1 15.03 15.03 15.03
2 11.39 11.39 11.39
3 9.7 9.7 9.7
4 8.54 8.54 8.54
5 8.28 8.28 8.28
6 8.28 8.28 8.28
7 8.19 8.19 8.19
8 8.19 8.19 8.19
9 8.06 8.06 8.06
10 7.99 7.99 7.99
EOD
$c10_1 << EOD
1 31.222 31.222 31.222
2 12.44 12.44 12.44
3 10.502 10.502 10.502
4 9.45 9.45 9.45
5 8.676 8.676 8.676
6 8.37 8.37 8.37
7 8.124 8.124 8.124
8 7.826 7.826 7.826
9 7.578 7.578 7.578
10 7.294 7.294 7.294
EOD
$c11_0 << EOD
1 16.65 16.65 16.65
2 11.98 11.98 11.98
3 11.57 11.57 11.57
4 12.62 12.62 12.62
5 10.87 10.87 10.87
6 10.3 10.3 10.3
7 9.07 9.07 9.07
8 9.43 9.43 9.43
9 8.56 8.56 8.56
10 8.51 8.51 8.51
EOD
$c11_1 << EOD
1 31.848 31.848 31.848
2 15.532 15.532 15.532
3 13.286 13.286 13.286
4 12.948 12.948 12.948
5 11.872 11.872 11.872
6 10.662 10.662 10.662
7 9.702 9.702 9.702
8 8.902 8.902 8.902
9 8.596 8.596 8.596
10 8.214 8.214 8.214
EOD
$c12_0 << EOD
1 18.66 18.66 18.66
2 12.64 12.64 12.64
3 10.91 10.91 10.91
4 9.67 9.67 9.67
5 9.26 9.26 9.26
6 8.56 8.56 8.56
7 8.11 8.11 8.11
8 7.98 7.98 7.98
9 7.9 7.9 7.9
10 7.68 7.68 7.68
EOD
$c12_1 << EOD
1 45.668 45.668 45.668
2 15.398 15.398 15.398
3 11.888 11.888 11.888
4 10.64 10.64 10.64
5 9.762 9.762 9.762
6 9.168 9.168 9.168
7 8.442 8.442 8.442
8 8.182 8.182 8.182
9 7.89 7.89 7.89
10 7.762 7.762 7.762
EOD
$c13_0 << EOD
1 12.46 12.46 12.46
2 9.08 9.08 9.08
3 8.27 8.27 8.27
4 7.28 7.28 7.28
5 7.41 7.41 7.41
6 6.05 6.05 6.05
7 5.55 5.55 5.55
8 5.11 5.11 5.11
9 5.12 5.12 5.12
10 4.77 4.77 4.77
EOD
$c13_1 << EOD
1 28.078 28.078 28.078
2 11.09 11.09 11.09
3 9.14 9.14 9.14
4 8.066 8.066 8.066
5 7.082 7.082 7.082
6 6.582 6.582 6.582
7 5.842 5.842 5.842
8 5.408 5.408 5.408
9 5.004 5.004 5.004
10 4.754 4.754 4.754
EOD
$c14_0 << EOD
1 30.6 30.6 30.6
2 20.88 20.88 20.88
3 21.68 21.68 21.68
4 14.93 14.93 14.93
5 14.52 14.52 14.52
6 17.44 17.44 17.44
7 12.18 12.18 12.18
8 8.67 8.67 8.67
9 7.95 7.95 7.95
10 7.77 7.77 7.77
EOD
$c14_1 << EOD
1 64.09 64.09 64.09
2 31.366 31.366 31.366
3 22.6 22.6 22.6
4 17.53 17.53 17.53
5 17.77 17.77 17.77
6 15.21 15.21 15.21
7 13.1 13.1 13.1
8 11.824 11.824 11.824
9 10.264 10.264 10.264
10 8.742 8.742 8.742
EOD
$c15_0 << EOD
1 70.42 70.42 70.42
2 85.32 85.32 85.32
3 86.02 86.02 86.02
4 87.3 87.3 87.3
5 88.01 88.01 88.01
6 86.8 86.8 86.8
7 87.13 87.13 87.13
8 88.32 88.32 88.32
9 88.36 88.36 88.36
10 88.44 88.44 88.44
EOD
$c15_1 << EOD
1 82.7 82.7 82.7
2 82.524 82.524 82.524
3 85.948 85.948 85.948
4 86.74 86.74 86.74
5 86.696 86.696 86.696
6 87.398 87.398 87.398
7 87.774 87.774 87.774
8 87.672 87.672 87.672
9 87.746 87.746 87.746
10 87.878 87.878 87.878
EOD
$c16_0 << EOD
1 87.86 87.86 87.86
2 68.08 68.08 68.08
3 67.14 67.14 67.14
4 66.3 66.3 66.3
5 80.67 80.67 80.67
6 82.27 82.27 82.27
7 83.9 83.9 83.9
8 84.77 84.77 84.77
9 84.79 84.79 84.79
10 85.66 85.66 85.66
EOD
$c16_1 << EOD
1 85.732 85.732 85.732
2 68.526 68.526 68.526
3 66.376 66.376 66.376
4 62.278 62.278 62.278
5 74.084 74.084 74.084
6 81.842 81.842 81.842
7 83.356 83.356 83.356
8 83.61 83.61 83.61
9 83.744 83.744 83.744
10 84.12 84.12 84.12
EOD
$c17_0 << EOD
1 79.75 79.75 79.75
2 75.69 75.69 75.69
3 65.32 65.32 65.32
4 59.67 59.67 59.67
5 49.77 49.77 49.77
6 44.81 44.81 44.81
7 58.61 58.61 58.61
8 53.46 53.46 53.46
9 46.88 46.88 46.88
10 47.63 47.63 47.63
EOD
$c17_1 << EOD
1 10.554 10.554 10.554
2 7.15 7.15 7.15
3 6.212 6.212 6.212
4 5.678 5.678 5.678
5 5.562 5.562 5.562
6 5.446 5.446 5.446
7 5.28 5.28 5.28
8 5.122 5.122 5.122
9 5.566 5.566 5.566
10 5.976 5.976 5.976
EOD
$c18_0 << EOD
1 80.42 80.42 80.42
2 72.48 72.48 72.48
3 64.87 64.87 64.87
4 54.02 54.02 54.02
5 48.6 48.6 48.6
6 47.69 47.69 47.69
7 46.19 46.19 46.19
8 35.93 35.93 35.93
9 40.4 40.4 40.4
10 36.89 36.89 36.89
EOD
$c18_1 << EOD
1 10.518 10.518 10.518
2 7.042 7.042 7.042
3 6.246 6.246 6.246
4 5.472 5.472 5.472
5 5.34 5.34 5.34
6 5.056 5.056 5.056
7 4.594 4.594 4.594
8 4.404 4.404 4.404
9 4.196 4.196 4.196
10 4.086 4.086 4.086
EOD
$c19_0 << EOD
1 63.36 63.36 63.36
2 52.11 52.11 52.11
3 73.45 73.45 73.45
4 53.86 53.86 53.86
5 42.85 42.85 42.85
6 41.62 41.62 41.62
7 35.83 35.83 35.83
8 23.99 23.99 23.99
9 23.86 23.86 23.86
10 25.85 25.85 25.85
EOD
$c19_1 << EOD
1 11.11 11.11 11.11
2 5.176 5.176 5.176
3 4.298 4.298 4.298
4 3.922 3.922 3.922
5 3.758 3.758 3.758
6 3.542 3.542 3.542
7 3.422 3.422 3.422
8 3.292 3.292 3.292
9 3.31 3.31 3.31
10 3.568 3.568 3.568
EOD
$c20_0 << EOD
1 75.94 75.94 75.94
2 64.13 64.13 64.13
3 58.48 58.48 58.48
4 46.65 46.65 46.65
5 28.07 28.07 28.07
6 29.83 29.83 29.83
7 21.52 21.52 21.52
8 18.17 18.17 18.17
9 17.21 17.21 17.21
10 17.35 17.35 17.35
EOD
$c20_1 << EOD
1 11.162 11.162 11.162
2 5.294 5.294 5.294
3 4.268 4.268 4.268
4 3.916 3.916 3.916
5 3.726 3.726 3.726
6 3.17 3.17 3.17
7 2.914 2.914 2.914
8 2.808 2.808 2.808
9 2.724 2.724 2.724
10 2.65 2.65 2.65
EOD
$c21_0 << EOD
1 86.82 86.82 86.82
2 77.84 77.84 77.84
3 83.46 83.46 83.46
4 77.48 77.48 77.48
5 91.5 91.5 91.5
6 93.61 93.61 93.61
7 88.27 88.27 88.27
8 86.34 86.34 86.34
9 62.97 62.97 62.97
10 41.96 41.96 41.96
EOD
$c21_1 << EOD
1 21.768 21.768 21.768
2 8.798 8.798 8.798
3 8.234 8.234 8.234
4 11.052 11.052 11.052
5 17.704 17.704 17.704
6 44.088 44.088 44.088
7 74.476 74.476 74.476
8 42.058 42.058 42.058
9 15.886 15.886 15.886
10 11.554 11.554 11.554
EOD
$c22_0 << EOD
1 86.76 86.76 86.76
2 67.74 67.74 67.74
3 42.14 42.14 42.14
4 56.6 56.6 56.6
5 63.93 63.93 63.93
6 45.85 45.85 45.85
7 38.81 38.81 38.81
8 34.17 34.17 34.17
9 35.36 35.36 35.36
10 23.61 23.61 23.61
EOD
$c22_1 << EOD
1 21.642 21.642 21.642
2 9.882 9.882 9.882
3 6.646 6.646 6.646
4 5.658 5.658 5.658
5 10.394 10.394 10.394
6 8.19 8.19 8.19
7 6.54 6.54 6.54
8 5.956 5.956 5.956
9 5.694 5.694 5.694
10 5.424 5.424 5.424
EOD
$c23_0 << EOD
1 90.32 90.32 90.32
2 90.32 90.32 90.32
3 90.32 90.32 90.32
4 90.32 90.32 90.32
5 90.32 90.32 90.32
6 90.32 90.32 90.32
7 90.32 90.32 90.32
8 90.32 90.32 90.32
9 90.32 90.32 90.32
10 90.32 90.32 90.32
EOD
$c23_1 << EOD
1 87.026 87.026 87.026
2 89.83 89.83 89.83
3 90.028 90.028 90.028
4 90.012 90.012 90.012
5 89.762 89.762 89.762
6 89.836 89.836 89.836
7 89.826 89.826 89.826
8 89.762 89.762 89.762
9 89.9 89.9 89.9
10 89.886 89.886 89.886
EOD
$c24_0 << EOD
1 90.32 90.32 90.32
2 90.32 90.32 90.32
3 90.32 90.32 90.32
4 90.32 90.32 90.32
5 90.32 90.32 90.32
6 90.32 90.32 90.32
7 90.32 90.32 90.32
8 90.32 90.32 90.32
9 90.32 90.32 90.32
10 90.32 90.32 90.32
EOD
$c24_1 << EOD
1 89.816 89.816 89.816
2 89.578 89.578 89.578
3 89.89 89.89 89.89
4 89.632 89.632 89.632
5 89.718 89.718 89.718
6 89.678 89.678 89.678
7 89.884 89.884 89.884
8 89.498 89.498 89.498
9 89.608 89.608 89.608
10 89.534 89.534 89.534
EOD
$c25_0 << EOD
1 90.32 90.32 90.32
2 90.32 90.32 90.32
3 90.32 90.32 90.32
4 90.32 90.32 90.32
5 90.32 90.32 90.32
6 90.32 90.32 90.32
7 90.32 90.32 90.32
8 90.32 90.32 90.32
9 90.32 90.32 90.32
10 90.32 90.32 90.32
EOD
$c25_1 << EOD
1 89.672 89.672 89.672
2 89.578 89.578 89.578
3 89.828 89.828 89.828
4 89.734 89.734 89.734
5 89.706 89.706 89.706
6 89.748 89.748 89.748
7 89.884 89.884 89.884
8 89.498 89.498 89.498
9 89.608 89.608 89.608
10 89.534 89.534 89.534
EOD
$c26_0 << EOD
1 4.37 4.37 4.37
2 2.97 2.97 2.97
3 2.19 2.19 2.19
4 1.95 1.95 1.95
5 1.9 1.9 1.9
6 1.71 1.71 1.71
7 1.47 1.47 1.47
8 1.33 1.33 1.33
9 1.34 1.34 1.34
10 1.22 1.22 1.22
EOD
$c26_1 << EOD
1 13.432 13.432 13.432
2 3.468 3.468 3.468
3 2.378 2.378 2.378
4 1.898 1.898 1.898
5 1.614 1.614 1.614
6 1.396 1.396 1.396
7 1.116 1.116 1.116
8 0.872 0.872 0.872
9 0.698 0.698 0.698
10 0.59 0.59 0.59
EOD
$c27_0 << EOD
1 3.51 3.51 3.51
2 1.94 1.94 1.94
3 1.58 1.58 1.58
4 1.49 1.49 1.49
5 1.47 1.47 1.47
6 1.41 1.41 1.41
7 1.34 1.34 1.34
8 1.16 1.16 1.16
9 1.14 1.14 1.14
10 0.99 0.99 0.99
EOD
$c27_1 << EOD
1 9.796 9.796 9.796
2 2.5 2.5 2.5
3 1.8 1.8 1.8
4 1.322 1.322 1.322
5 1.188 1.188 1.188
6 0.914 0.914 0.914
7 0.636 0.636 0.636
8 0.398 0.398 0.398
9 0.266 0.266 0.266
10 0.14 0.14 0.14
EOD
$c28_0 << EOD
1 3.16 3.16 3.16
2 2.43 2.43 2.43
3 2.31 2.31 2.31
4 2.52 2.52 2.52
5 2.64 2.64 2.64
6 2.33 2.33 2.33
7 1.91 1.91 1.91
8 1.71 1.71 1.71
9 1.49 1.49 1.49
10 1.43 1.43 1.43
EOD
$c28_1 << EOD
1 10.374 10.374 10.374
2 3.032 3.032 3.032
3 2.438 2.438 2.438
4 1.964 1.964 1.964
5 1.866 1.866 1.866
6 1.54 1.54 1.54
7 1.14 1.14 1.14
8 0.772 0.772 0.772
9 0.506 0.506 0.506
10 0.246 0.246 0.246
EOD
$c29_0 << EOD
1 83.98 83.98 83.98
2 89.32 89.32 89.32
3 89.32 89.32 89.32
4 89.39 89.39 89.39
5 90.62 90.62 90.62
6 89.32 89.32 89.32
7 88.63 88.63 88.63
8 88.63 88.63 88.63
9 88.63 88.63 88.63
10 88.63 88.63 88.63
EOD
$c29_1 << EOD
1 68.552 68.552 68.552
2 85.56 85.56 85.56
3 89.684 89.684 89.684
4 89.37 89.37 89.37
5 89.444 89.444 89.444
6 89.402 89.402 89.402
7 89.752 89.752 89.752
8 89.378 89.378 89.378
9 89.404 89.404 89.404
10 89.09 89.09 89.09
EOD
$c30_0 << EOD
1 90.93 90.93 90.93
2 90.62 90.62 90.62
3 88.63 88.63 88.63
4 89.32 89.32 89.32
5 90.55 90.55 90.55
6 88.63 88.63 88.63
7 88.63 88.63 88.63
8 88.63 88.63 88.63
9 88.63 88.63 88.63
10 88.63 88.63 88.63
EOD
$c30_1 << EOD
1 89.882 89.882 89.882
2 89.704 89.704 89.704
3 89.62 89.62 89.62
4 89.864 89.864 89.864
5 89.966 89.966 89.966
6 89.614 89.614 89.614
7 89.544 89.544 89.544
8 89.654 89.654 89.654
9 89.53 89.53 89.53
10 89.324 89.324 89.324
EOD
$c31_0 << EOD
1 82.23 82.23 82.23
2 75.46 75.46 75.46
3 66.28 66.28 66.28
4 59.11 59.11 59.11
5 53.77 53.77 53.77
6 49.4 49.4 49.4
7 46.26 46.26 46.26
8 44.53 44.53 44.53
9 43.31 43.31 43.31
10 42.81 42.81 42.81
EOD
$c31_1 << EOD
1 85.732 85.732 85.732
2 79.112 79.112 79.112
3 71.126 71.126 71.126
4 62.778 62.778 62.778
5 56.35 56.35 56.35
6 51.246 51.246 51.246
7 47.434 47.434 47.434
8 45.12 45.12 45.12
9 43.692 43.692 43.692
10 42.736 42.736 42.736
EOD
$c32_0 << EOD
1 66.36 66.36 66.36
2 49.87 49.87 49.87
3 41.37 41.37 41.37
4 36.48 36.48 36.48
5 36.71 36.71 36.71
6 37.25 37.25 37.25
7 39.61 39.61 39.61
8 37.09 37.09 37.09
9 37.11 37.11 37.11
10 32.72 32.72 32.72
EOD
$c32_1 << EOD
1 78.804 78.804 78.804
2 57.388 57.388 57.388
3 44.798 44.798 44.798
4 38.784 38.784 38.784
5 36.088 36.088 36.088
6 35.818 35.818 35.818
7 36.966 36.966 36.966
8 37.78 37.78 37.78
9 38.666 38.666 38.666
10 36.918 36.918 36.918
EOD
$c33_0 << EOD
1 40.76 40.76 40.76
2 43.37 43.37 43.37
3 88.63 88.63 88.63
EOD
$c33_1 << EOD
1 60.128 60.128 60.128
2 41.998 41.998 41.998
3 84.96 84.96 84.96
EOD
$c34_0 << EOD
1 90.55 90.55 90.55
EOD
$c34_1 << EOD
1 68.282 68.282 68.282
EOD
$c35_0 << EOD
1 6.62 6.62 6.62
2 4.59 4.59 4.59
3 3.45 3.45 3.45
4 3.55 3.55 3.55
5 2.64 2.64 2.64
6 2.57 2.57 2.57
7 2.5 2.5 2.5
8 2.18 2.18 2.18
9 2.22 2.22 2.22
10 2.08 2.08 2.08
EOD
$c35_1 << EOD
1 14.75 14.75 14.75
2 5.844 5.844 5.844
3 4.728 4.728 4.728
4 3.646 3.646 3.646
5 3.18 3.18 3.18
6 2.784 2.784 2.784
7 2.23 2.23 2.23
8 1.992 1.992 1.992
9 1.72 1.72 1.72
10 1.596 1.596 1.596
EOD
$c36_0 << EOD
1 5.04 5.04 5.04
2 3.5 3.5 3.5
3 3.34 3.34 3.34
4 2.81 2.81 2.81
5 2.32 2.32 2.32
6 2.23 2.23 2.23
7 2.18 2.18 2.18
8 1.86 1.86 1.86
9 1.72 1.72 1.72
10 1.73 1.73 1.73
EOD
$c36_1 << EOD
1 14.534 14.534 14.534
2 4.704 4.704 4.704
3 3.698 3.698 3.698
4 2.858 2.858 2.858
5 2.476 2.476 2.476
6 2.192 2.192 2.192
7 1.81 1.81 1.81
8 1.5 1.5 1.5
9 1.236 1.236 1.236
10 1.066 1.066 1.066
EOD
$c37_0 << EOD
1 6.2 6.2 6.2
2 3.57 3.57 3.57
3 3.22 3.22 3.22
4 3.03 3.03 3.03
5 2.53 2.53 2.53
6 2.88 2.88 2.88
7 2.02 2.02 2.02
8 1.94 1.94 1.94
9 1.98 1.98 1.98
10 1.78 1.78 1.78
EOD
$c37_1 << EOD
1 14.544 14.544 14.544
2 4.264 4.264 4.264
3 3.416 3.416 3.416
4 2.676 2.676 2.676
5 2.448 2.448 2.448
6 2.16 2.16 2.16
7 1.836 1.836 1.836
8 1.44 1.44 1.44
9 1.136 1.136 1.136
10 0.92 0.92 0.92
EOD
$c38_0 << EOD
1 8.13 8.13 8.13
2 4.79 4.79 4.79
3 4.58 4.58 4.58
4 3.69 3.69 3.69
5 3.08 3.08 3.08
6 4 4 4
7 3.44 3.44 3.44
8 2.63 2.63 2.63
9 2.37 2.37 2.37
10 2.37 2.37 2.37
EOD
$c38_1 << EOD
1 26.83 26.83 26.83
2 7.366 7.366 7.366
3 5.498 5.498 5.498
4 4.282 4.282 4.282
5 3.722 3.722 3.722
6 4.008 4.008 4.008
7 2.962 2.962 2.962
8 2.566 2.566 2.566
9 2.086 2.086 2.086
10 1.652 1.652 1.652
EOD
$c39_0 << EOD
1 87.14 87.14 87.14
2 83.83 83.83 83.83
3 56.17 56.17 56.17
4 54.66 54.66 54.66
5 45.83 45.83 45.83
6 54.52 54.52 54.52
7 43.86 43.86 43.86
8 40.79 40.79 40.79
9 43.39 43.39 43.39
10 44.95 44.95 44.95
EOD
$c39_1 << EOD
1 12.684 12.684 12.684
2 8.628 8.628 8.628
3 7.482 7.482 7.482
4 6.372 6.372 6.372
5 5.592 5.592 5.592
6 4.974 4.974 4.974
7 4.616 4.616 4.616
8 4.208 4.208 4.208
9 3.994 3.994 3.994
10 3.886 3.886 3.886
EOD
$c40_0 << EOD
1 50.2 50.2 50.2
2 42.68 42.68 42.68
3 37.31 37.31 37.31
4 32.47 32.47 32.47
5 33.31 33.31 33.31
6 29.66 29.66 29.66
7 28.48 28.48 28.48
8 31.78 31.78 31.78
9 32.1 32.1 32.1
10 31.72 31.72 31.72
EOD
$c40_1 << EOD
1 13.922 13.922 13.922
2 7.488 7.488 7.488
3 5.62 5.62 5.62
4 5.06 5.06 5.06
5 4.39 4.39 4.39
6 3.966 3.966 3.966
7 3.59 3.59 3.59
8 3.3 3.3 3.3
9 3.208 3.208 3.208
10 3.076 3.076 3.076
EOD
$c41_0 << EOD
1 78.02 78.02 78.02
2 63.54 63.54 63.54
3 47.93 47.93 47.93
4 41.91 41.91 41.91
5 30.32 30.32 30.32
6 16.47 16.47 16.47
7 11.58 11.58 11.58
8 9.3 9.3 9.3
9 9.52 9.52 9.52
10 8.37 8.37 8.37
EOD
$c41_1 << EOD
1 21.798 21.798 21.798
2 10.516 10.516 10.516
3 6.958 6.958 6.958
4 5.768 5.768 5.768
5 5.316 5.316 5.316
6 4.844 4.844 4.844
7 4.128 4.128 4.128
8 3.928 3.928 3.928
9 3.666 3.666 3.666
10 3.476 3.476 3.476
EOD
$c42_0 << EOD
1 70.53 70.53 70.53
2 52.32 52.32 52.32
3 30.03 30.03 30.03
4 18.51 18.51 18.51
5 13.36 13.36 13.36
6 10.03 10.03 10.03
7 10.19 10.19 10.19
8 8.53 8.53 8.53
9 7.42 7.42 7.42
10 7.32 7.32 7.32
EOD
$c42_1 << EOD
1 33.78 33.78 33.78
2 15.864 15.864 15.864
3 7.276 7.276 7.276
4 5.134 5.134 5.134
5 4.578 4.578 4.578
6 4.594 4.594 4.594
7 4.444 4.444 4.444
8 4.184 4.184 4.184
9 3.906 3.906 3.906
10 3.674 3.674 3.674
EOD
$c43_0 << EOD
1 82.78 82.78 82.78
2 91.16 91.16 91.16
3 90.32 90.32 90.32
4 90.53 90.53 90.53
5 91.32 91.32 91.32
6 91.48 91.48 91.48
7 93.03 93.03 93.03
8 91.7 91.7 91.7
9 91.53 91.53 91.53
10 91.56 91.56 91.56
EOD
$c43_1 << EOD
1 82.378 82.378 82.378
2 65.564 65.564 65.564
3 75.974 75.974 75.974
4 87.822 87.822 87.822
5 88.262 88.262 88.262
6 88.002 88.002 88.002
7 87.22 87.22 87.22
8 87.624 87.624 87.624
9 88.226 88.226 88.226
10 88.46 88.46 88.46
EOD
$c44_0 << EOD
1 90.32 90.32 90.32
2 90.32 90.32 90.32
3 90.32 90.32 90.32
4 90.32 90.32 90.32
5 90.32 90.32 90.32
6 90.32 90.32 90.32
7 90.32 90.32 90.32
8 90.32 90.32 90.32
9 90.32 90.32 90.32
10 90.32 90.32 90.32
EOD
$c44_1 << EOD
1 88.876 88.876 88.876
2 88.79 88.79 88.79
3 88.79 88.79 88.79
4 88.79 88.79 88.79
5 88.79 88.79 88.79
6 88.79 88.79 88.79
7 88.79 88.79 88.79
8 88.79 88.79 88.79
9 88.79 88.79 88.79
10 88.79 88.79 88.79
EOD
$c45_0 << EOD
1 90.32 90.32 90.32
2 90.32 90.32 90.32
3 90.32 90.32 90.32
4 90.32 90.32 90.32
5 90.32 90.32 90.32
6 90.32 90.32 90.32
7 90.32 90.32 90.32
8 90.32 90.32 90.32
9 90.32 90.32 90.32
10 90.32 90.32 90.32
EOD
$c45_1 << EOD
1 89.998 89.998 89.998
2 89.848 89.848 89.848
3 89.652 89.652 89.652
4 89.974 89.974 89.974
5 89.908 89.908 89.908
6 89.68 89.68 89.68
7 89.888 89.888 89.888
8 89.642 89.642 89.642
9 89.712 89.712 89.712
10 89.738 89.738 89.738
EOD
$c46_0 << EOD
1 90.34 90.34 90.34
2 90.32 90.32 90.32
3 90.32 90.32 90.32
4 90.32 90.32 90.32
5 90.32 90.32 90.32
6 90.32 90.32 90.32
7 90.32 90.32 90.32
8 90.32 90.32 90.32
9 90.32 90.32 90.32
10 90.32 90.32 90.32
EOD
$c46_1 << EOD
1 88.72 88.72 88.72
2 88.79 88.79 88.79
3 88.79 88.79 88.79
4 88.79 88.79 88.79
5 88.79 88.79 88.79
6 88.79 88.79 88.79
7 88.79 88.79 88.79
8 88.79 88.79 88.79
9 88.79 88.79 88.79
10 88.79 88.79 88.79
EOD
$c47_0 << EOD
1 90.32 90.32 90.32
2 90.32 90.32 90.32
3 90.32 90.32 90.32
4 90.32 90.32 90.32
5 90.32 90.32 90.32
6 90.32 90.32 90.32
7 90.32 90.32 90.32
8 90.32 90.32 90.32
9 90.32 90.32 90.32
10 90.32 90.32 90.32
EOD
$c47_1 << EOD
1 89.998 89.998 89.998
2 89.848 89.848 89.848
3 89.652 89.652 89.652
4 89.974 89.974 89.974
5 89.908 89.908 89.908
6 89.68 89.68 89.68
7 89.888 89.888 89.888
8 89.642 89.642 89.642
9 89.712 89.712 89.712
10 89.738 89.738 89.738
EOD
set terminal svg size 1300,1660 dynamic font 'Helvetica,12'
set output 'curves.svg'
set linetype 1 lc rgb '#1f77b4'
set linetype 2 lc rgb '#d62728'
set linetype 3 lc rgb '#2ca02c'
set linetype 4 lc rgb '#9467bd'
set linetype 5 lc rgb '#ff7f0e'
set linetype 6 lc rgb '#17becf'
set xlabel 'epoch'
set ylabel 'error (%)'
set grid
set datafile missing 'NaN'
set xtics 1
set xrange [0.8:10.2]
set logscale y
set yrange [0.1:100]
set ytics ('0.1' 0.1, '0.2' 0.2, '0.5' 0.5, '1' 1, '2' 2, '5' 5, '10' 10, '20' 20, '50' 50, '100' 100)
set label 90 'solid: validation error at the evaluated epochs' at screen 0.01, screen 0.0228434 left font ',8'
set label 91 'dashed: train error as a running mean over the batches of each epoch, dropout on (the table gives it after training)' at screen 0.01, screen 0.012 left font ',8'
set multiplot title 'samenet\_lenet\_mnist\_lr: learning curves'
set key outside right top Left reverse samplen 2 font ',9'
set size 0.5, 0.233434
set origin 0, 0.74247
plot $c0_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'bp\_lr0.01', \
     $c0_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c1_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title 'bp\_lr0.03', \
     $c1_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c2_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 3 title 'bp\_lr0.1', \
     $c2_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     $c3_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 4 title 'bp\_lr0.3', \
     $c3_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 4 notitle, \
     $c4_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 5 title 'dfa\_lr0.0003', \
     $c4_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 5 notitle, \
     $c5_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 6 title 'dfa\_lr0.001', \
     $c5_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 6 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
unset label 90
unset label 91
set size 0.5, 0.233434
set origin 0.5, 0.74247
plot $c6_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'dfa\_lr0.003', \
     $c6_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c7_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title 'dfa\_lr0.01', \
     $c7_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c8_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 3 title 'drtp\_lr0.003', \
     $c8_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     $c9_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 4 title 'drtp\_lr0.01', \
     $c9_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 4 notitle, \
     $c10_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 5 title 'drtp\_lr0.03', \
     $c10_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 5 notitle, \
     $c11_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 6 title 'drtp\_lr0.1', \
     $c11_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 6 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
set size 0.5, 0.233434
set origin 0, 0.509036
plot $c12_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'fa\_lr0.001', \
     $c12_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c13_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title 'fa\_lr0.003', \
     $c13_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c14_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 3 title 'fa\_lr0.01', \
     $c14_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     $c15_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 4 title 'fa\_lr0.03', \
     $c15_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 4 notitle, \
     $c16_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 5 title 'fa\_lr0.1', \
     $c16_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 5 notitle, \
     $c17_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 6 title 'ff\_lr0.0001', \
     $c17_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 6 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
set size 0.5, 0.233434
set origin 0.5, 0.509036
plot $c18_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'ff\_lr0.0001\_first\_block0.5', \
     $c18_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c19_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title 'ff\_lr0.0003', \
     $c19_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c20_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 3 title 'ff\_lr0.0003\_first\_block0.5', \
     $c20_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     $c21_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 4 title 'ff\_lr0.001', \
     $c21_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 4 notitle, \
     $c22_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 5 title 'ff\_lr0.001\_first\_block0.5', \
     $c22_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 5 notitle, \
     $c23_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 6 title 'ff\_lr0.003', \
     $c23_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 6 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
set size 0.5, 0.233434
set origin 0, 0.275602
plot $c24_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'ff\_lr0.01', \
     $c24_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c25_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title 'ff\_lr0.03', \
     $c25_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c26_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 3 title 'local\_head\_lr0.01', \
     $c26_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     $c27_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 4 title 'local\_head\_lr0.03', \
     $c27_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 4 notitle, \
     $c28_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 5 title 'local\_head\_lr0.1', \
     $c28_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 5 notitle, \
     $c29_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 6 title 'local\_head\_lr0.3', \
     $c29_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 6 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
set size 0.5, 0.233434
set origin 0.5, 0.275602
plot $c30_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'local\_head\_lr1', \
     $c30_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c31_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title 'pepita\_lr0.0001', \
     $c31_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c32_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 3 title 'pepita\_lr0.0003', \
     $c32_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     $c33_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 1.2 lc 4 title 'pepita\_lr0.001', \
     $c33_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 4 notitle, \
     $c34_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 1.2 lc 5 title 'pepita\_lr0.003', \
     $c34_1 using 1:($2 > 0 ? $2 : NaN) with linespoints pt 6 dt 2 lw 1 ps 1.2 lc 5 notitle, \
     $c35_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 6 title 'sign\_symmetry\_lr0.01', \
     $c35_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 6 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
set size 0.5, 0.233434
set origin 0, 0.0421687
plot $c36_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'sign\_symmetry\_lr0.03', \
     $c36_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c37_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title 'sign\_symmetry\_lr0.1', \
     $c37_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c38_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 3 title 'sign\_symmetry\_lr0.3', \
     $c38_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     $c39_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 4 title 'symba\_lr0.01', \
     $c39_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 4 notitle, \
     $c40_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 5 title 'symba\_lr0.03', \
     $c40_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 5 notitle, \
     $c41_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 6 title 'symba\_lr0.1', \
     $c41_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 6 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
set size 0.5, 0.233434
set origin 0.5, 0.0421687
plot $c42_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'symba\_lr0.3', \
     $c42_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c43_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title 'symba\_lr1', \
     $c43_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c44_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 3 title 'symba\_lr10', \
     $c44_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     $c45_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 4 title 'symba\_lr100', \
     $c45_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 4 notitle, \
     $c46_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 5 title 'symba\_lr3', \
     $c46_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 5 notitle, \
     $c47_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 6 title 'symba\_lr30', \
     $c47_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 6 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
unset multiplot
unset output
set terminal pngcairo size 1300,1660 font 'Helvetica,10'
set output 'curves.png'
set linetype 1 lc rgb '#1f77b4'
set linetype 2 lc rgb '#d62728'
set linetype 3 lc rgb '#2ca02c'
set linetype 4 lc rgb '#9467bd'
set linetype 5 lc rgb '#ff7f0e'
set linetype 6 lc rgb '#17becf'
set xlabel 'epoch'
set ylabel 'error (%)'
set grid
set datafile missing 'NaN'
set xtics 1
set xrange [0.8:10.2]
set logscale y
set yrange [0.1:100]
set ytics ('0.1' 0.1, '0.2' 0.2, '0.5' 0.5, '1' 1, '2' 2, '5' 5, '10' 10, '20' 20, '50' 50, '100' 100)
set label 90 'solid: validation error at the evaluated epochs' at screen 0.01, screen 0.0228434 left font ',8'
set label 91 'dashed: train error as a running mean over the batches of each epoch, dropout on (the table gives it after training)' at screen 0.01, screen 0.012 left font ',8'
set multiplot title 'samenet\_lenet\_mnist\_lr: learning curves'
set key outside right top Left reverse samplen 2 font ',9'
set size 0.5, 0.233434
set origin 0, 0.74247
plot $c0_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'bp\_lr0.01', \
     $c0_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c1_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title 'bp\_lr0.03', \
     $c1_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c2_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 3 title 'bp\_lr0.1', \
     $c2_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     $c3_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 4 title 'bp\_lr0.3', \
     $c3_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 4 notitle, \
     $c4_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 5 title 'dfa\_lr0.0003', \
     $c4_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 5 notitle, \
     $c5_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 6 title 'dfa\_lr0.001', \
     $c5_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 6 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
unset label 90
unset label 91
set size 0.5, 0.233434
set origin 0.5, 0.74247
plot $c6_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'dfa\_lr0.003', \
     $c6_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c7_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title 'dfa\_lr0.01', \
     $c7_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c8_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 3 title 'drtp\_lr0.003', \
     $c8_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     $c9_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 4 title 'drtp\_lr0.01', \
     $c9_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 4 notitle, \
     $c10_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 5 title 'drtp\_lr0.03', \
     $c10_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 5 notitle, \
     $c11_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 6 title 'drtp\_lr0.1', \
     $c11_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 6 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
set size 0.5, 0.233434
set origin 0, 0.509036
plot $c12_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'fa\_lr0.001', \
     $c12_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c13_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title 'fa\_lr0.003', \
     $c13_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c14_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 3 title 'fa\_lr0.01', \
     $c14_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     $c15_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 4 title 'fa\_lr0.03', \
     $c15_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 4 notitle, \
     $c16_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 5 title 'fa\_lr0.1', \
     $c16_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 5 notitle, \
     $c17_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 6 title 'ff\_lr0.0001', \
     $c17_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 6 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
set size 0.5, 0.233434
set origin 0.5, 0.509036
plot $c18_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'ff\_lr0.0001\_first\_block0.5', \
     $c18_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c19_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title 'ff\_lr0.0003', \
     $c19_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c20_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 3 title 'ff\_lr0.0003\_first\_block0.5', \
     $c20_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     $c21_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 4 title 'ff\_lr0.001', \
     $c21_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 4 notitle, \
     $c22_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 5 title 'ff\_lr0.001\_first\_block0.5', \
     $c22_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 5 notitle, \
     $c23_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 6 title 'ff\_lr0.003', \
     $c23_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 6 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
set size 0.5, 0.233434
set origin 0, 0.275602
plot $c24_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'ff\_lr0.01', \
     $c24_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c25_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title 'ff\_lr0.03', \
     $c25_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c26_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 3 title 'local\_head\_lr0.01', \
     $c26_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     $c27_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 4 title 'local\_head\_lr0.03', \
     $c27_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 4 notitle, \
     $c28_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 5 title 'local\_head\_lr0.1', \
     $c28_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 5 notitle, \
     $c29_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 6 title 'local\_head\_lr0.3', \
     $c29_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 6 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
set size 0.5, 0.233434
set origin 0.5, 0.275602
plot $c30_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'local\_head\_lr1', \
     $c30_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c31_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title 'pepita\_lr0.0001', \
     $c31_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c32_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 3 title 'pepita\_lr0.0003', \
     $c32_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     $c33_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 1.2 lc 4 title 'pepita\_lr0.001', \
     $c33_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 4 notitle, \
     $c34_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 1.2 lc 5 title 'pepita\_lr0.003', \
     $c34_1 using 1:($2 > 0 ? $2 : NaN) with linespoints pt 6 dt 2 lw 1 ps 1.2 lc 5 notitle, \
     $c35_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 6 title 'sign\_symmetry\_lr0.01', \
     $c35_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 6 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
set size 0.5, 0.233434
set origin 0, 0.0421687
plot $c36_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'sign\_symmetry\_lr0.03', \
     $c36_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c37_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title 'sign\_symmetry\_lr0.1', \
     $c37_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c38_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 3 title 'sign\_symmetry\_lr0.3', \
     $c38_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     $c39_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 4 title 'symba\_lr0.01', \
     $c39_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 4 notitle, \
     $c40_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 5 title 'symba\_lr0.03', \
     $c40_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 5 notitle, \
     $c41_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 6 title 'symba\_lr0.1', \
     $c41_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 6 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
set size 0.5, 0.233434
set origin 0.5, 0.0421687
plot $c42_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'symba\_lr0.3', \
     $c42_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c43_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title 'symba\_lr1', \
     $c43_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c44_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 3 title 'symba\_lr10', \
     $c44_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     $c45_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 4 title 'symba\_lr100', \
     $c45_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 4 notitle, \
     $c46_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 5 title 'symba\_lr3', \
     $c46_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 5 notitle, \
     $c47_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 6 title 'symba\_lr30', \
     $c47_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 6 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
unset multiplot
unset output
set terminal pdfcairo size 7in,9.2in font 'Helvetica,6' linewidth 0.6
set output 'curves.pdf'
set linetype 1 lc rgb '#1f77b4'
set linetype 2 lc rgb '#d62728'
set linetype 3 lc rgb '#2ca02c'
set linetype 4 lc rgb '#9467bd'
set linetype 5 lc rgb '#ff7f0e'
set linetype 6 lc rgb '#17becf'
set xlabel 'epoch'
set ylabel 'error (%)'
set grid
set datafile missing 'NaN'
set xtics 1
set xrange [0.8:10.2]
set logscale y
set yrange [0.1:100]
set ytics ('0.1' 0.1, '0.2' 0.2, '0.5' 0.5, '1' 1, '2' 2, '5' 5, '10' 10, '20' 20, '50' 50, '100' 100)
set bmargin
set multiplot title 'samenet\_lenet\_mnist\_lr: learning curves'
set key below horizontal Left reverse samplen 1.5 font ',5'
set size 0.5, 0.233434
set origin 0, 0.74247
plot $c0_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'bp\_lr0.01', \
     $c0_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c1_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title 'bp\_lr0.03', \
     $c1_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c2_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 3 title 'bp\_lr0.1', \
     $c2_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     $c3_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 4 title 'bp\_lr0.3', \
     $c3_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 4 notitle, \
     $c4_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 5 title 'dfa\_lr0.0003', \
     $c4_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 5 notitle, \
     $c5_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 6 title 'dfa\_lr0.001', \
     $c5_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 6 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
unset label 90
unset label 91
set size 0.5, 0.233434
set origin 0.5, 0.74247
plot $c6_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'dfa\_lr0.003', \
     $c6_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c7_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title 'dfa\_lr0.01', \
     $c7_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c8_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 3 title 'drtp\_lr0.003', \
     $c8_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     $c9_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 4 title 'drtp\_lr0.01', \
     $c9_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 4 notitle, \
     $c10_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 5 title 'drtp\_lr0.03', \
     $c10_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 5 notitle, \
     $c11_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 6 title 'drtp\_lr0.1', \
     $c11_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 6 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
set size 0.5, 0.233434
set origin 0, 0.509036
plot $c12_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'fa\_lr0.001', \
     $c12_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c13_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title 'fa\_lr0.003', \
     $c13_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c14_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 3 title 'fa\_lr0.01', \
     $c14_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     $c15_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 4 title 'fa\_lr0.03', \
     $c15_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 4 notitle, \
     $c16_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 5 title 'fa\_lr0.1', \
     $c16_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 5 notitle, \
     $c17_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 6 title 'ff\_lr0.0001', \
     $c17_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 6 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
set size 0.5, 0.233434
set origin 0.5, 0.509036
plot $c18_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'ff\_lr0.0001\_first\_block0.5', \
     $c18_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c19_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title 'ff\_lr0.0003', \
     $c19_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c20_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 3 title 'ff\_lr0.0003\_first\_block0.5', \
     $c20_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     $c21_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 4 title 'ff\_lr0.001', \
     $c21_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 4 notitle, \
     $c22_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 5 title 'ff\_lr0.001\_first\_block0.5', \
     $c22_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 5 notitle, \
     $c23_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 6 title 'ff\_lr0.003', \
     $c23_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 6 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
set size 0.5, 0.233434
set origin 0, 0.275602
plot $c24_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'ff\_lr0.01', \
     $c24_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c25_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title 'ff\_lr0.03', \
     $c25_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c26_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 3 title 'local\_head\_lr0.01', \
     $c26_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     $c27_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 4 title 'local\_head\_lr0.03', \
     $c27_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 4 notitle, \
     $c28_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 5 title 'local\_head\_lr0.1', \
     $c28_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 5 notitle, \
     $c29_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 6 title 'local\_head\_lr0.3', \
     $c29_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 6 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
set size 0.5, 0.233434
set origin 0.5, 0.275602
plot $c30_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'local\_head\_lr1', \
     $c30_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c31_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title 'pepita\_lr0.0001', \
     $c31_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c32_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 3 title 'pepita\_lr0.0003', \
     $c32_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     $c33_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 1.2 lc 4 title 'pepita\_lr0.001', \
     $c33_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 4 notitle, \
     $c34_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 1.2 lc 5 title 'pepita\_lr0.003', \
     $c34_1 using 1:($2 > 0 ? $2 : NaN) with linespoints pt 6 dt 2 lw 1 ps 1.2 lc 5 notitle, \
     $c35_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 6 title 'sign\_symmetry\_lr0.01', \
     $c35_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 6 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
set size 0.5, 0.233434
set origin 0, 0.0421687
plot $c36_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'sign\_symmetry\_lr0.03', \
     $c36_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c37_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title 'sign\_symmetry\_lr0.1', \
     $c37_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c38_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 3 title 'sign\_symmetry\_lr0.3', \
     $c38_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     $c39_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 4 title 'symba\_lr0.01', \
     $c39_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 4 notitle, \
     $c40_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 5 title 'symba\_lr0.03', \
     $c40_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 5 notitle, \
     $c41_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 6 title 'symba\_lr0.1', \
     $c41_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 6 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
set size 0.5, 0.233434
set origin 0.5, 0.0421687
plot $c42_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'symba\_lr0.3', \
     $c42_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c43_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title 'symba\_lr1', \
     $c43_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c44_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 3 title 'symba\_lr10', \
     $c44_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     $c45_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 4 title 'symba\_lr100', \
     $c45_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 4 notitle, \
     $c46_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 5 title 'symba\_lr3', \
     $c46_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 5 notitle, \
     $c47_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 6 title 'symba\_lr30', \
     $c47_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 6 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
unset multiplot
unset output
