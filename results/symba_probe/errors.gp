# fflab final test errors: ours (mean, +/- standard deviation over seeds) and the paper's where it has one
$rows << EOD
"a\\_baseline goodness\\_every\\_label" 76.95 0 NaN
"a\\_baseline one\\_pass\\_softmax" 8.99 0 NaN
"b\\_no\\_peer goodness\\_every\\_label" 86.05 0 NaN
"b\\_no\\_peer one\\_pass\\_softmax" 9.06 0 NaN
"e\\_lr0.3\\_nopeer\\_nowd goodness\\_every\\_label" 76.55 0 NaN
"e\\_lr0.3\\_nopeer\\_nowd one\\_pass\\_softmax" 17.15 0 NaN
"f\\_lr3\\_nopeer\\_nowd goodness\\_every\\_label" 14.7 0 NaN
"f\\_lr3\\_nopeer\\_nowd one\\_pass\\_softmax" 12.9 0 NaN
"g\\_lr3\\_peer\\_wd goodness\\_every\\_label" 81.55 0 NaN
"g\\_lr3\\_peer\\_wd one\\_pass\\_softmax" 89.65 0 NaN
"h\\_full\\_lr3\\_nopeer\\_nowd\\_4ep goodness\\_every\\_label" 3.65 0 NaN
"h\\_full\\_lr3\\_nopeer\\_nowd\\_4ep one\\_pass\\_softmax" 3.32 0 NaN
"i\\_lr3\\_nopeer\\_wd goodness\\_every\\_label" 16.25 0 NaN
"i\\_lr3\\_nopeer\\_wd one\\_pass\\_softmax" 14.7 0 NaN
"j\\_full\\_lr3\\_nopeer\\_nowd\\_10ep goodness\\_every\\_label" 2.37 0 NaN
"j\\_full\\_lr3\\_nopeer\\_nowd\\_10ep one\\_pass\\_softmax" 2.23 0 NaN
EOD
set terminal svg size 900,534 dynamic font 'Helvetica,12'
set output 'errors.svg'
set title 'symba\_probe: test error'
set xlabel 'test error (%)'
set datafile missing 'NaN'
set yrange [15.6:-0.6]
set ytics scale 0
set grid xtics
set border 3
set xtics nomirror
set logscale x
set xrange [2:100]
set xtics ('2' 2, '5' 5, '10' 10, '20' 20, '50' 50, '100' 100)
set key below horizontal Left reverse width 2 samplen 2
plot $rows using 2:0:3:ytic(1) with xerrorbars pt 7 ps 0.8 lc 1 title 'fflab'
unset output
set terminal pngcairo size 900,534 font 'Helvetica,10'
set output 'errors.png'
set title 'symba\_probe: test error'
set xlabel 'test error (%)'
set datafile missing 'NaN'
set yrange [15.6:-0.6]
set ytics scale 0
set grid xtics
set border 3
set xtics nomirror
set logscale x
set xrange [2:100]
set xtics ('2' 2, '5' 5, '10' 10, '20' 20, '50' 50, '100' 100)
set key below horizontal Left reverse width 2 samplen 2
plot $rows using 2:0:3:ytic(1) with xerrorbars pt 7 ps 0.8 lc 1 title 'fflab'
unset output
set terminal pdfcairo size 7in,2.78in font 'Helvetica,6' linewidth 0.6
set output 'errors.pdf'
set title 'symba\_probe: test error'
set xlabel 'test error (%)'
set datafile missing 'NaN'
set yrange [15.6:-0.6]
set ytics scale 0
set grid xtics
set border 3
set xtics nomirror
set logscale x
set xrange [2:100]
set xtics ('2' 2, '5' 5, '10' 10, '20' 20, '50' 50, '100' 100)
set key below horizontal Left reverse width 1 samplen 1.5 font ',5'
plot $rows using 2:0:3:ytic(1) with xerrorbars pt 7 ps 0.8 lc 1 title 'fflab'
unset output
